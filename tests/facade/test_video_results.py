"""Lenient reading of the video results through the generated models: strays fill what the
spec's fields leave absent, and a value of the wrong type never hides a usable one."""

from __future__ import annotations

from jogg import JobState
from jogg.types import AIScript, AvatarVideo, LipSyncVideo, Template, TemplateVideo, Translation


def test_a_mistyped_spec_id_falls_back_to_the_stray_then_to_the_id_asked_for() -> None:
    assert AvatarVideo.from_data({"video_id": ["x"], "id": "av_9"}, id="asked").id == "av_9"
    assert AvatarVideo.from_data({"video_id": None}, id="asked").id == "asked"
    assert Translation.from_data({"id": 77}).id == "77"


def test_an_unusable_error_value_does_not_hide_the_next_one() -> None:
    video = TemplateVideo.from_data({"video_id": "tv_1", "error": 3, "err_msg": "bad asset"})
    assert video.status.state is JobState.FAILED
    assert video.error is not None and video.error.message == "bad asset"


def test_template_video_reads_its_nested_output_then_the_top_level_strays() -> None:
    nested = TemplateVideo.from_data(
        {"video_id": "tv_1", "status": "completed", "data": {"video_url": "https://c/1.mp4"}}
    )
    assert nested.video_url == "https://c/1.mp4"
    flat = TemplateVideo.from_data(
        {"video_id": "tv_1", "url": "https://c/2.mp4", "duration": 9, "name": "Sale"}
    )
    assert (flat.video_url, flat.duration, flat.name) == ("https://c/2.mp4", 9.0, "Sale")


def test_lip_sync_error_object_and_success_status() -> None:
    failed = LipSyncVideo.from_data({"task_id": "ls_1", "error": {"message": "too long"}})
    assert failed.status.state is JobState.FAILED and str(failed.error) == "too long"
    done = LipSyncVideo.from_data(
        {"task_id": "ls_1", "status": "success", "data": {"result_url": "https://c/l.mp4"}}
    )
    assert done.status.is_completed and done.video_url == "https://c/l.mp4"


def test_an_ai_script_without_a_status_but_with_an_error_failed() -> None:
    # R-STATUS-2, the one rule of every job type: no status plus an error is a failure.
    script = AIScript.from_data({"task_id": "sc_1", "err_msg": "no product page"})
    assert script.status.state is JobState.FAILED
    assert script.error is not None and script.error.message == "no product page"


def test_template_variables_and_their_required_flag_are_read_where_the_spec_omits_them() -> None:
    template = Template.from_data(
        {"id": 12, "aspect_ratio": 1, "variables": [{"name": "logo", "required": True}, 5]}
    )
    assert template.id == 12 and template.aspect_ratio == "landscape"
    assert [(v.name, v.required) for v in template.variables] == [("logo", True)]
