"""The project's URLs plus `/bench/trivial`: the cheapest Django answer, as the baseline."""

from django.http import HttpResponse
from django.urls import path

from summit.urls import urlpatterns as project_urlpatterns


def trivial(request):
    return HttpResponse("ok\n", content_type="text/plain")


urlpatterns = [path("bench/trivial", trivial), *project_urlpatterns]
