"""Public reads pass by the editors' middleware (summit.middleware); the admin keeps it all."""

from django.test import Client

from summit.ticker.requests import is_public_read


def test_a_public_page_needs_no_session_login_or_csrf(staff_client, ticker, make_entry):
    make_entry(title="Gipfel beginnt")
    response = staff_client.get(ticker.get_absolute_url())
    assert response.status_code == 200 and "Gipfel beginnt" in response.content.decode()
    request = response.wsgi_request
    assert is_public_read(request)
    assert not hasattr(request, "session") and not hasattr(request, "user")
    assert not response.cookies and "Cookie" not in response.get("Vary", "")


def test_the_admin_and_a_post_to_a_public_url_keep_the_editors_middleware(staff_client, ticker):
    client = Client()
    assert client.get("/admin/").status_code == 302  # to the login page
    answer = staff_client.get("/admin/")
    assert answer.status_code == 200 and answer.wsgi_request.user.is_staff
    assert not is_public_read(answer.wsgi_request)
    posted = client.post(ticker.get_absolute_url())
    assert not is_public_read(posted.wsgi_request)
    assert posted.status_code == 405
