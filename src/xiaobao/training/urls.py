from django.urls import path

from xiaobao.training import views

app_name = "training"

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("courses/<int:pk>/", views.course_detail, name="course"),
    path("courses/<int:pk>/code/", views.course_code, name="course-code"),
    path("courses/<int:pk>/sign-in/", views.course_sign_in, name="sign-in"),
    path("courses/<int:pk>/attendance/", views.course_attendance, name="attendance"),
    path("courses/<int:pk>/import/", views.course_import, name="attendance-import"),
    path("courses/<int:pk>/materials/", views.material_upload, name="material-upload"),
    path("materials/<int:pk>/", views.material_download, name="material"),
    path("questions/", views.question_bank, name="bank"),
    path("questions/import/", views.question_import, name="bank-import"),
    path("exams/new/", views.exam_create, name="exam-create"),
    path("exams/<int:pk>/", views.exam_detail, name="exam"),
    path("exams/<int:pk>/start/", views.exam_start, name="exam-start"),
    path("attempts/<int:pk>/", views.attempt_page, name="attempt"),
    path("answers/<int:pk>/", views.attempt_answer, name="answer"),
    path("attempts/<int:pk>/timer/", views.attempt_timer, name="timer"),
    path("attempts/<int:pk>/submit/", views.attempt_submit, name="submit"),
    path("attempts/<int:pk>/certificate/", views.certificate, name="certificate"),
    path("attempts/<int:pk>/grade/", views.grade_attempt, name="grade"),
    path("grading/", views.grading_queue, name="grading"),
    path("coverage/", views.coverage, name="coverage"),
]
