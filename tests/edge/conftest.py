"""The edge tests run Debian's nginx where it is installed.

Without nginx they skip with a reason; with REQUIRE_NGINX=1 (CI) a missing nginx is a
failure instead, so CI always runs them.
"""

import os
import shutil

import pytest

NGINX = shutil.which("nginx") or next(
    (path for path in ("/usr/sbin/nginx",) if os.access(path, os.X_OK)), None
)


@pytest.fixture(scope="session")
def nginx_binary() -> str:
    if NGINX is None:
        if os.environ.get("REQUIRE_NGINX") == "1":
            pytest.fail("REQUIRE_NGINX=1 but Debian's nginx is not installed")
        pytest.skip("Debian's nginx is not installed (apt-get install nginx-light)")
    return NGINX
