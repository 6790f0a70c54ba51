"""Messages of installed libraries that their own Chinese catalogues lack, so `make messages` keeps them in ours
(the project catalogue is searched first). Only strings a user of our pages meets belong here."""

from django.utils.translation import gettext_noop

MESSAGES = (
    # Django admin 5.2: the screen-reader header row of the model lists on the admin index.
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    # django-tasks-db: the queue filter of the background-task list in the admin.
    gettext_noop("queue name"),
)
