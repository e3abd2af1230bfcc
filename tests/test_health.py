from django.db import OperationalError


def test_healthz_answers_200_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_answers_503_when_the_database_is_unreachable(client, db, monkeypatch):
    from summit.ticker import views

    def unreachable():
        raise OperationalError("connection refused")

    with monkeypatch.context() as patched:
        patched.setattr(views.connection, "cursor", unreachable)
        response = client.get("/healthz")
    assert response.status_code == 503


def test_home_redirects_to_the_only_live_ticker(client, alaska):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/ticker/alaska-gipfel/"


def test_home_lists_tickers_when_more_than_one_is_live(client, alaska, ticker):
    response = client.get("/")
    assert response.status_code == 200
    assert "Liveticker Alaska-Gipfel" in response.content.decode()
    assert "Testticker" in response.content.decode()


def test_unknown_ticker_is_404(client, db):
    assert client.get("/ticker/gibt-es-nicht/").status_code == 404


def test_english_interface_with_lang_parameter(client, alaska):
    html = client.get("/ticker/alaska-gipfel/?lang=en").content.decode()
    assert '<html lang="en">' in html


def test_a_server_error_gets_our_page_not_a_traceback(client, db, monkeypatch, settings):
    from summit.ticker import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    client.raise_request_exception = False
    with monkeypatch.context() as patched:
        patched.setattr(views.Ticker.objects, "live", broken)
        response = client.get("/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Das hat gerade nicht geklappt." in html
    assert "boom" not in html
