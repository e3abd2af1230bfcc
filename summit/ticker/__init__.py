"""The ticker domain: tickers, entries, speakers, sources, tags and their public pages."""
