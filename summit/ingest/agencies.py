"""The news agencies, broadcasters, pollsters and public services tickers cite."""

from __future__ import annotations

import re

# News agencies tickers cite, with the ways their names are written: a source even when the
# database does not know it yet. The first name is the one the entry gets.
AGENCIES: dict[str, list[str]] = {
    "dpa": [
        "Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "Deutsche Presseagentur",
        "Deutschen Presseagentur",
    ],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Reuters": ["Thomson Reuters"],
    "AP": ["Associated Press", "The Associated Press"],
    "KNA": ["Katholische Nachrichten-Agentur"],
    "epd": ["Evangelischer Pressedienst"],
    "sda": ["Schweizerische Depeschenagentur", "Keystone-SDA"],
    "APA": ["Austria Presse Agentur"],
    "ANSA": [], "EFE": [], "Xinhua": [], "Kyodo": [], "Yonhap": [], "Interfax": [],
    "Itar-Tass": [], "Tass": [], "RIA Nowosti": ["RIA Novosti"], "Ukrinform": [],
    "Bloomberg": [], "UPI": ["United Press International"],
}  # fmt: skip
# The agencies, broadcasters, pollsters and public services tickers cite.
OUTLETS: dict[str, list[str]] = {
    **AGENCIES,
    # Broadcasters that live blogs cite the world over.
    "Al Jazeera": ["Al Jazeera TV", "Al-Jazeera"], "CNN": [], "Sky News": [],
    # Pollsters.
    "Infratest dimap": [], "Forschungsgruppe Wahlen": [], "YouGov": [], "Forsa": [],
    "INSA": [], "Allensbach": ["Institut für Demoskopie Allensbach"], "Ipsos": [],
    # Public services that tickers quote on weather and health.
    "Deutscher Wetterdienst": [
        "DWD", "Deutsche Wetterdienst", "Deutschen Wetterdienst", "Deutschen Wetterdienstes",
    ],
    "National Weather Service": ["NWS", "The National Weather Service"],
    "Met Office": [], "MeteoSchweiz": [], "GeoSphere Austria": [],
    "Robert-Koch-Institut": ["RKI", "Robert Koch-Institut", "Robert Koch Institut"],
    "WHO": ["World Health Organization", "Weltgesundheitsorganisation"],
}  # fmt: skip

# The agencies' names, lowercased, as a dateline credits them ("dpa, AFP, rtr").
WIRES = frozenset(name.casefold() for name in AGENCIES)
# The agencies written in lowercase ("dpa", "epd", "sda"): after a time they are no
# sentence's first word but the wire's credit.
LOWERCASE_AGENCIES = "|".join(name for name in AGENCIES if name.islower())
# A wire's credit beside its time, all its line holds after it ("02.03.2015 11:45 dpa-AFX",
# "14:03 Reuters", "dpa/AFP"): the entry's source.
_AGENCY = "|".join(re.escape(name) for name in sorted(AGENCIES, key=len, reverse=True))
CREDITED_AGENCY = re.compile(rf"(?:{_AGENCY})(?:-AFX)?(?: ?/ ?(?:{_AGENCY}))*")
# The agencies and picture libraries a page credits alone on the line under a picture's
# title ("Ross Barkley" over "Getty Images"), lowercased: no sentence is a name alone.
PICTURE_CREDITS = frozenset(
    name.casefold()
    for name in (
        "Getty Images", "Getty", "AFP via Getty Images", "AFP", "AP", "Reuters", "dpa", "EPA",
        "EPA-EFE", "PA", "PA Media", "PA Wire", "Shutterstock", "Rex Features", "imago",
        "imago images", "picture alliance", "Keystone", "AAP", "BBC",
    )
)  # fmt: skip
