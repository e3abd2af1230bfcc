"""Logins: password guessing locks out, session cookies are guarded, chiefs may need a code."""

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "pw-123456"  # tests/conftest.py's staff users


def log_in(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def logged_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_six_wrong_passwords_lock_the_account_until_unlocked(client, staff_user):
    answers = [log_in(client, "chefin", "falsch") for _attempt in range(6)]
    # The form again, with its error, four times; the fifth failure locks.
    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 429, 429]
    locked = answers[-1]
    assert "Anmeldung vorübergehend gesperrt" in locked.content.decode()
    assert "in 15 Minuten" in locked.content.decode()

    still_locked = log_in(client, "chefin", PASSWORD)
    assert still_locked.status_code == 429
    assert not logged_in(client)

    call_command("axes_reset_username", "chefin", verbosity=0)
    assert log_in(client, "chefin", PASSWORD).status_code == 302
    assert logged_in(client)


def test_one_address_guessing_many_accounts_is_locked_out(client, staff_user, redakteur):
    for attempt in range(5):
        log_in(client, f"niemand{attempt}", "falsch")
    # Another account, the right password, the same address: refused.
    assert log_in(client, "redakteur", PASSWORD).status_code == 429
    assert not logged_in(client)


def test_behind_the_proxy_each_reader_address_counts_on_its_own(client, staff_user):
    for _attempt in range(5):
        log_in(client, "niemand", "falsch", HTTP_X_FORWARDED_FOR="198.51.100.7")
    response = log_in(client, "chefin", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert response.status_code == 302


def test_a_correct_login_forgets_earlier_failures(client, staff_user):
    for _attempt in range(4):
        log_in(client, "chefin", "falsch")
    assert log_in(client, "chefin", PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(4):
        log_in(client, "chefin", "falsch")
    assert log_in(client, "chefin", PASSWORD).status_code == 302


def test_session_cookie_is_secure_httponly_and_lax(client, staff_user):
    response = log_in(client, "chefin", PASSWORD)
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


@pytest.fixture
def require_2fa(settings):
    settings.REQUIRE_2FA = True


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


def test_a_chief_sets_up_the_second_factor_before_using_the_admin(client, chef, require_2fa):
    client.force_login(chef)
    assert client.get("/admin/ticker/entry/").headers["Location"] == "/admin/2fa/"
    setup = client.get("/admin/2fa/")
    assert setup.status_code == 200
    assert "Authenticator-App" in setup.content.decode()
    device = TOTPDevice.objects.get(user=chef, confirmed=False)

    wrong = client.post(
        "/admin/2fa/", {"token": "000000" if current_code(device) != "000000" else "111111"}
    )
    assert wrong.status_code == 200
    assert "Der Code stimmt nicht" in wrong.content.decode()
    assert logged_in(client) is False

    device.refresh_from_db()
    device.throttle_reset()
    assert client.post("/admin/2fa/", {"token": current_code(device)}).status_code == 302
    assert TOTPDevice.objects.get(user=chef).confirmed
    assert logged_in(client)


def test_a_chief_with_a_device_confirms_each_new_session(client, chef, require_2fa):
    device = TOTPDevice.objects.create(user=chef, name="App", confirmed=True)
    client.force_login(chef)
    assert client.get("/admin/").status_code == 302
    assert client.post("/admin/2fa/", {"token": current_code(device)}).status_code == 302
    assert logged_in(client)
    assert TOTPDevice.objects.filter(user=chef).count() == 1


def test_editors_and_chiefs_without_the_setting_are_not_asked(client, chef, redakteur, settings):
    client.force_login(chef)
    assert logged_in(client)
    settings.REQUIRE_2FA = True
    client.force_login(redakteur)
    assert logged_in(client)
