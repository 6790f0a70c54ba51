"""Factories shared by the app tests (factory_boy), plus the named cast of `conftest.py`."""

from __future__ import annotations

import factory
from django.contrib.auth.models import Group

from xiaobao.org.models import Department, Institution, User


class InstitutionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Institution
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"T{n:05d}")
    name = factory.Sequence(lambda n: f"测试机构{n}")
    level = factory.LazyAttribute(lambda o: Institution.Level.BRANCH if o.parent is None else o.parent.level + 1)
    parent = None
    path = factory.LazyAttribute(lambda o: f"{o.parent.path if o.parent else '/'}{o.code}/")


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ("institution", "kind")

    institution = factory.SubFactory(InstitutionFactory)
    kind = Department.Kind.CONSUMER_PROTECTION
    name = "消费者权益保护部"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    full_name = factory.Sequence(lambda n: f"张{'伟静敏磊洋'[n % 5]}{n}")
    institution = factory.SubFactory(InstitutionFactory)
    password = factory.django.Password("pw-for-tests-123")

    @factory.post_generation
    def roles(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.set([Group.objects.get_or_create(name=code)[0] for code in extracted])
            self.__dict__.pop("roles", None)
