# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
"""The data models of the API. Each is imported on first use (PEP 562), so a program that
reads one answer does not load every model of the spec."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_photo_avatar_motion_body import AddPhotoAvatarMotionBody
    from .add_photo_avatar_motion_body_model import AddPhotoAvatarMotionBodyModel
    from .add_photo_avatar_motion_response_200 import AddPhotoAvatarMotionResponse200
    from .add_photo_avatar_motion_response_200_data_type_0 import (
        AddPhotoAvatarMotionResponse200DataType0,
    )
    from .add_product_avatar_motion_body import AddProductAvatarMotionBody
    from .add_product_avatar_motion_body_aspect_ratio import (
        AddProductAvatarMotionBodyAspectRatio,
    )
    from .add_product_avatar_motion_response_200 import (
        AddProductAvatarMotionResponse200,
    )
    from .add_product_avatar_motion_response_200_data_type_0 import (
        AddProductAvatarMotionResponse200DataType0,
    )
    from .avatar_info import AvatarInfo
    from .avatar_info_age import AvatarInfoAge
    from .avatar_info_aspect_ratio import AvatarInfoAspectRatio
    from .avatar_info_gender import AvatarInfoGender
    from .avatar_info_style import AvatarInfoStyle
    from .base_response import BaseResponse
    from .create_ai_script_body import CreateAiScriptBody
    from .create_ai_script_body_language import CreateAiScriptBodyLanguage
    from .create_ai_script_body_product_info import CreateAiScriptBodyProductInfo
    from .create_ai_script_body_product_info_data import (
        CreateAiScriptBodyProductInfoData,
    )
    from .create_ai_script_body_product_info_source_type import (
        CreateAiScriptBodyProductInfoSourceType,
    )
    from .create_ai_script_body_script_style import CreateAiScriptBodyScriptStyle
    from .create_ai_script_body_video_length_seconds import (
        CreateAiScriptBodyVideoLengthSeconds,
    )
    from .create_ai_script_response_200 import CreateAiScriptResponse200
    from .create_ai_script_response_200_data_type_0 import (
        CreateAiScriptResponse200DataType0,
    )
    from .create_lip_sync_video_body import CreateLipSyncVideoBody
    from .create_lip_sync_video_body_playback_type import (
        CreateLipSyncVideoBodyPlaybackType,
    )
    from .create_lip_sync_video_response_200 import CreateLipSyncVideoResponse200
    from .create_lip_sync_video_response_200_data_type_0 import (
        CreateLipSyncVideoResponse200DataType0,
    )
    from .create_product_body import CreateProductBody
    from .create_product_body_media_item import CreateProductBodyMediaItem
    from .create_product_body_media_item_type import CreateProductBodyMediaItemType
    from .create_product_previews_body import CreateProductPreviewsBody
    from .create_product_previews_body_audio import CreateProductPreviewsBodyAudio
    from .create_product_previews_body_avatar import CreateProductPreviewsBodyAvatar
    from .create_product_previews_body_avatar_type import (
        CreateProductPreviewsBodyAvatarType,
    )
    from .create_product_previews_body_script import CreateProductPreviewsBodyScript
    from .create_product_previews_body_script_style import (
        CreateProductPreviewsBodyScriptStyle,
    )
    from .create_product_previews_body_video_spec import (
        CreateProductPreviewsBodyVideoSpec,
    )
    from .create_product_previews_body_video_spec_aspect_ratio import (
        CreateProductPreviewsBodyVideoSpecAspectRatio,
    )
    from .create_product_previews_body_video_spec_length import (
        CreateProductPreviewsBodyVideoSpecLength,
    )
    from .create_product_previews_body_voice import CreateProductPreviewsBodyVoice
    from .create_product_previews_response_200 import CreateProductPreviewsResponse200
    from .create_product_previews_response_200_data_type_0 import (
        CreateProductPreviewsResponse200DataType0,
    )
    from .create_product_previews_response_200_data_type_0_previews_type_0_item import (
        CreateProductPreviewsResponse200DataType0PreviewsType0Item,
    )
    from .create_product_response_200 import CreateProductResponse200
    from .create_upload_url_body import CreateUploadUrlBody
    from .create_upload_url_response_200 import CreateUploadUrlResponse200
    from .create_upload_url_response_200_data_type_0 import (
        CreateUploadUrlResponse200DataType0,
    )
    from .create_video_from_avatar_body import CreateVideoFromAvatarBody
    from .create_video_from_avatar_body_aspect_ratio import (
        CreateVideoFromAvatarBodyAspectRatio,
    )
    from .create_video_from_avatar_body_avatar import CreateVideoFromAvatarBodyAvatar
    from .create_video_from_avatar_body_avatar_avatar_type import (
        CreateVideoFromAvatarBodyAvatarAvatarType,
    )
    from .create_video_from_avatar_body_screen_style import (
        CreateVideoFromAvatarBodyScreenStyle,
    )
    from .create_video_from_avatar_body_voice import CreateVideoFromAvatarBodyVoice
    from .create_video_from_avatar_body_voice_type import (
        CreateVideoFromAvatarBodyVoiceType,
    )
    from .create_video_from_avatar_response_200 import CreateVideoFromAvatarResponse200
    from .create_video_from_avatar_response_200_data_type_0 import (
        CreateVideoFromAvatarResponse200DataType0,
    )
    from .create_video_from_product_body import CreateVideoFromProductBody
    from .create_video_from_product_body_audio import CreateVideoFromProductBodyAudio
    from .create_video_from_product_body_avatar import CreateVideoFromProductBodyAvatar
    from .create_video_from_product_body_avatar_type import (
        CreateVideoFromProductBodyAvatarType,
    )
    from .create_video_from_product_body_script import CreateVideoFromProductBodyScript
    from .create_video_from_product_body_script_style import (
        CreateVideoFromProductBodyScriptStyle,
    )
    from .create_video_from_product_body_video_spec import (
        CreateVideoFromProductBodyVideoSpec,
    )
    from .create_video_from_product_body_video_spec_aspect_ratio import (
        CreateVideoFromProductBodyVideoSpecAspectRatio,
    )
    from .create_video_from_product_body_video_spec_length import (
        CreateVideoFromProductBodyVideoSpecLength,
    )
    from .create_video_from_product_body_voice import CreateVideoFromProductBodyVoice
    from .create_video_from_product_response_200 import (
        CreateVideoFromProductResponse200,
    )
    from .create_video_from_product_response_200_data_type_0 import (
        CreateVideoFromProductResponse200DataType0,
    )
    from .create_video_from_template_body import CreateVideoFromTemplateBody
    from .create_video_from_template_body_avatar_type import (
        CreateVideoFromTemplateBodyAvatarType,
    )
    from .create_video_from_template_body_variables_item import (
        CreateVideoFromTemplateBodyVariablesItem,
    )
    from .create_video_from_template_body_variables_item_properties import (
        CreateVideoFromTemplateBodyVariablesItemProperties,
    )
    from .create_video_from_template_body_variables_item_type import (
        CreateVideoFromTemplateBodyVariablesItemType,
    )
    from .create_video_from_template_response_200 import (
        CreateVideoFromTemplateResponse200,
    )
    from .create_video_from_template_response_200_data_type_0 import (
        CreateVideoFromTemplateResponse200DataType0,
    )
    from .create_video_translation_body import CreateVideoTranslationBody
    from .create_video_translation_response_200 import CreateVideoTranslationResponse200
    from .create_video_translation_response_200_data_type_0 import (
        CreateVideoTranslationResponse200DataType0,
    )
    from .create_webhook_endpoint_body import CreateWebhookEndpointBody
    from .create_webhook_endpoint_body_status import CreateWebhookEndpointBodyStatus
    from .create_webhook_endpoint_response_200 import CreateWebhookEndpointResponse200
    from .custom_avatar_info import CustomAvatarInfo
    from .custom_avatar_info_status import CustomAvatarInfoStatus
    from .delete_webhook_endpoint_response_200 import DeleteWebhookEndpointResponse200
    from .delete_webhook_endpoint_response_200_data_type_0 import (
        DeleteWebhookEndpointResponse200DataType0,
    )
    from .generate_photo_avatar_photo_body import GeneratePhotoAvatarPhotoBody
    from .generate_photo_avatar_photo_body_age import GeneratePhotoAvatarPhotoBodyAge
    from .generate_photo_avatar_photo_body_aspect_ratio import (
        GeneratePhotoAvatarPhotoBodyAspectRatio,
    )
    from .generate_photo_avatar_photo_body_avatar_style import (
        GeneratePhotoAvatarPhotoBodyAvatarStyle,
    )
    from .generate_photo_avatar_photo_body_ethnicity import (
        GeneratePhotoAvatarPhotoBodyEthnicity,
    )
    from .generate_photo_avatar_photo_body_gender import (
        GeneratePhotoAvatarPhotoBodyGender,
    )
    from .generate_photo_avatar_photo_body_model import (
        GeneratePhotoAvatarPhotoBodyModel,
    )
    from .generate_photo_avatar_photo_response_200 import (
        GeneratePhotoAvatarPhotoResponse200,
    )
    from .generate_photo_avatar_photo_response_200_data_type_0 import (
        GeneratePhotoAvatarPhotoResponse200DataType0,
    )
    from .generate_product_avatar_images_body import GenerateProductAvatarImagesBody
    from .generate_product_avatar_images_body_aspect_ratio import (
        GenerateProductAvatarImagesBodyAspectRatio,
    )
    from .generate_product_avatar_images_body_avatar_source import (
        GenerateProductAvatarImagesBodyAvatarSource,
    )
    from .generate_product_avatar_images_body_avatar_source_avatar_type import (
        GenerateProductAvatarImagesBodyAvatarSourceAvatarType,
    )
    from .generate_product_avatar_images_body_avatar_source_type import (
        GenerateProductAvatarImagesBodyAvatarSourceType,
    )
    from .generate_product_avatar_images_body_quality import (
        GenerateProductAvatarImagesBodyQuality,
    )
    from .generate_product_avatar_images_response_200 import (
        GenerateProductAvatarImagesResponse200,
    )
    from .generate_product_avatar_images_response_200_data_type_0 import (
        GenerateProductAvatarImagesResponse200DataType0,
    )
    from .generate_product_avatar_images_response_200_data_type_0_generations_type_0_item import (
        GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item,
    )
    from .get_ai_script_response_200 import GetAiScriptResponse200
    from .get_ai_script_response_200_data_type_0 import GetAiScriptResponse200DataType0
    from .get_ai_script_response_200_data_type_0_data_type_0 import (
        GetAiScriptResponse200DataType0DataType0,
    )
    from .get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item import (
        GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item,
    )
    from .get_avatar_video_response_200 import GetAvatarVideoResponse200
    from .get_avatar_video_response_200_data_type_0 import (
        GetAvatarVideoResponse200DataType0,
    )
    from .get_current_user_response_200 import GetCurrentUserResponse200
    from .get_current_user_response_200_data_type_0 import (
        GetCurrentUserResponse200DataType0,
    )
    from .get_custom_template_response_200 import GetCustomTemplateResponse200
    from .get_custom_template_response_200_data_type_0 import (
        GetCustomTemplateResponse200DataType0,
    )
    from .get_custom_template_response_200_data_type_0_variables_type_0_item import (
        GetCustomTemplateResponse200DataType0VariablesType0Item,
    )
    from .get_lip_sync_video_response_200 import GetLipSyncVideoResponse200
    from .get_lip_sync_video_response_200_data_type_0 import (
        GetLipSyncVideoResponse200DataType0,
    )
    from .get_lip_sync_video_response_200_data_type_0_data_type_0 import (
        GetLipSyncVideoResponse200DataType0DataType0,
    )
    from .get_lip_sync_video_response_200_data_type_0_error_type_0 import (
        GetLipSyncVideoResponse200DataType0ErrorType0,
    )
    from .get_photo_avatar_motion_response_200 import GetPhotoAvatarMotionResponse200
    from .get_photo_avatar_motion_response_200_data_type_0 import (
        GetPhotoAvatarMotionResponse200DataType0,
    )
    from .get_photo_avatar_photo_response_200 import GetPhotoAvatarPhotoResponse200
    from .get_photo_avatar_photo_response_200_data_type_0 import (
        GetPhotoAvatarPhotoResponse200DataType0,
    )
    from .get_product_avatar_generation_response_200 import (
        GetProductAvatarGenerationResponse200,
    )
    from .get_product_avatar_generation_response_200_data_type_0 import (
        GetProductAvatarGenerationResponse200DataType0,
    )
    from .get_product_avatar_generation_response_200_data_type_0_generations_type_0_item import (
        GetProductAvatarGenerationResponse200DataType0GenerationsType0Item,
    )
    from .get_product_avatar_generation_response_200_data_type_0_summary_type_0 import (
        GetProductAvatarGenerationResponse200DataType0SummaryType0,
    )
    from .get_product_avatar_motion_response_200 import (
        GetProductAvatarMotionResponse200,
    )
    from .get_product_avatar_motion_response_200_data_type_0 import (
        GetProductAvatarMotionResponse200DataType0,
    )
    from .get_product_video_response_200 import GetProductVideoResponse200
    from .get_product_video_response_200_data_type_0 import (
        GetProductVideoResponse200DataType0,
    )
    from .get_remaining_quota_response_200 import GetRemainingQuotaResponse200
    from .get_remaining_quota_response_200_data_type_0 import (
        GetRemainingQuotaResponse200DataType0,
    )
    from .get_template_video_response_200 import GetTemplateVideoResponse200
    from .get_template_video_response_200_data_type_0 import (
        GetTemplateVideoResponse200DataType0,
    )
    from .get_template_video_response_200_data_type_0_data_type_0 import (
        GetTemplateVideoResponse200DataType0DataType0,
    )
    from .get_video_translation_response_200 import GetVideoTranslationResponse200
    from .get_video_translation_response_200_data_type_0 import (
        GetVideoTranslationResponse200DataType0,
    )
    from .list_custom_avatars_response_200 import ListCustomAvatarsResponse200
    from .list_custom_avatars_response_200_data_type_0 import (
        ListCustomAvatarsResponse200DataType0,
    )
    from .list_custom_avatars_response_200_data_type_0_avatars_type_0_item import (
        ListCustomAvatarsResponse200DataType0AvatarsType0Item,
    )
    from .list_custom_avatars_status import ListCustomAvatarsStatus
    from .list_custom_templates_aspect_ratio import ListCustomTemplatesAspectRatio
    from .list_custom_templates_response_200 import ListCustomTemplatesResponse200
    from .list_custom_templates_response_200_data_type_0 import (
        ListCustomTemplatesResponse200DataType0,
    )
    from .list_custom_voices_response_200 import ListCustomVoicesResponse200
    from .list_custom_voices_response_200_data_type_0 import (
        ListCustomVoicesResponse200DataType0,
    )
    from .list_custom_voices_response_200_data_type_0_voices_type_0_item import (
        ListCustomVoicesResponse200DataType0VoicesType0Item,
    )
    from .list_musics_response_200 import ListMusicsResponse200
    from .list_musics_response_200_data_type_0 import ListMusicsResponse200DataType0
    from .list_photo_avatars_response_200 import ListPhotoAvatarsResponse200
    from .list_photo_avatars_response_200_data_type_0 import (
        ListPhotoAvatarsResponse200DataType0,
    )
    from .list_photo_avatars_response_200_data_type_0_avatars_type_0_item import (
        ListPhotoAvatarsResponse200DataType0AvatarsType0Item,
    )
    from .list_photo_avatars_status import ListPhotoAvatarsStatus
    from .list_product_avatars_aspect_ratio import ListProductAvatarsAspectRatio
    from .list_product_avatars_response_200 import ListProductAvatarsResponse200
    from .list_product_avatars_response_200_data_type_0 import (
        ListProductAvatarsResponse200DataType0,
    )
    from .list_product_avatars_response_200_data_type_0_product_avatars_type_0_item import (
        ListProductAvatarsResponse200DataType0ProductAvatarsType0Item,
    )
    from .list_product_previews_response_200 import ListProductPreviewsResponse200
    from .list_product_previews_response_200_data_type_0 import (
        ListProductPreviewsResponse200DataType0,
    )
    from .list_product_previews_response_200_data_type_0_previews_type_0_item import (
        ListProductPreviewsResponse200DataType0PreviewsType0Item,
    )
    from .list_product_previews_sort_order import ListProductPreviewsSortOrder
    from .list_product_previews_status import ListProductPreviewsStatus
    from .list_product_videos_response_200 import ListProductVideosResponse200
    from .list_product_videos_response_200_data_type_0 import (
        ListProductVideosResponse200DataType0,
    )
    from .list_product_videos_response_200_data_type_0_videos_type_0_item import (
        ListProductVideosResponse200DataType0VideosType0Item,
    )
    from .list_product_videos_sort_order import ListProductVideosSortOrder
    from .list_product_videos_status import ListProductVideosStatus
    from .list_public_avatars_age import ListPublicAvatarsAge
    from .list_public_avatars_aspect_ratio import ListPublicAvatarsAspectRatio
    from .list_public_avatars_ethnicity import ListPublicAvatarsEthnicity
    from .list_public_avatars_gender import ListPublicAvatarsGender
    from .list_public_avatars_response_200 import ListPublicAvatarsResponse200
    from .list_public_avatars_response_200_data_type_0 import (
        ListPublicAvatarsResponse200DataType0,
    )
    from .list_public_avatars_response_200_data_type_0_avatars_type_0_item import (
        ListPublicAvatarsResponse200DataType0AvatarsType0Item,
    )
    from .list_public_avatars_scene import ListPublicAvatarsScene
    from .list_public_avatars_style import ListPublicAvatarsStyle
    from .list_template_videos_response_200 import ListTemplateVideosResponse200
    from .list_template_videos_response_200_data_type_0 import (
        ListTemplateVideosResponse200DataType0,
    )
    from .list_template_videos_response_200_data_type_0_data_type_0_item import (
        ListTemplateVideosResponse200DataType0DataType0Item,
    )
    from .list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0 import (
        ListTemplateVideosResponse200DataType0DataType0ItemErrorType0,
    )
    from .list_template_videos_sort_order import ListTemplateVideosSortOrder
    from .list_template_videos_status import ListTemplateVideosStatus
    from .list_templates_aspect_ratio import ListTemplatesAspectRatio
    from .list_templates_response_200 import ListTemplatesResponse200
    from .list_templates_response_200_data_type_0 import (
        ListTemplatesResponse200DataType0,
    )
    from .list_templates_response_200_data_type_0_templates_type_0_item import (
        ListTemplatesResponse200DataType0TemplatesType0Item,
    )
    from .list_translation_languages_response_200 import (
        ListTranslationLanguagesResponse200,
    )
    from .list_translation_languages_response_200_data_type_0 import (
        ListTranslationLanguagesResponse200DataType0,
    )
    from .list_visual_styles_aspect_ratio import ListVisualStylesAspectRatio
    from .list_visual_styles_response_200 import ListVisualStylesResponse200
    from .list_visual_styles_response_200_data_type_0 import (
        ListVisualStylesResponse200DataType0,
    )
    from .list_visual_styles_response_200_data_type_0_visual_styles_type_0_item import (
        ListVisualStylesResponse200DataType0VisualStylesType0Item,
    )
    from .list_voices_age import ListVoicesAge
    from .list_voices_gender import ListVoicesGender
    from .list_voices_response_200 import ListVoicesResponse200
    from .list_voices_response_200_data_type_0 import ListVoicesResponse200DataType0
    from .list_voices_response_200_data_type_0_voices_type_0_item import (
        ListVoicesResponse200DataType0VoicesType0Item,
    )
    from .list_webhook_endpoints_response_200 import ListWebhookEndpointsResponse200
    from .list_webhook_endpoints_response_200_data_type_0 import (
        ListWebhookEndpointsResponse200DataType0,
    )
    from .list_webhook_events_response_200 import ListWebhookEventsResponse200
    from .list_webhook_events_response_200_data_type_0 import (
        ListWebhookEventsResponse200DataType0,
    )
    from .music_info import MusicInfo
    from .pagination import Pagination
    from .photo_avatar_info import PhotoAvatarInfo
    from .photo_avatar_info_status import PhotoAvatarInfoStatus
    from .preview_info import PreviewInfo
    from .preview_info_status import PreviewInfoStatus
    from .product_avatar_info import ProductAvatarInfo
    from .product_info import ProductInfo
    from .product_info_media_type_0_item import ProductInfoMediaType0Item
    from .render_product_preview_body import RenderProductPreviewBody
    from .render_product_preview_response_200 import RenderProductPreviewResponse200
    from .render_product_preview_response_200_data_type_0 import (
        RenderProductPreviewResponse200DataType0,
    )
    from .template_details import TemplateDetails
    from .template_details_variables_item import TemplateDetailsVariablesItem
    from .template_details_variables_item_type import TemplateDetailsVariablesItemType
    from .template_info import TemplateInfo
    from .update_product_body import UpdateProductBody
    from .update_product_body_media_item import UpdateProductBodyMediaItem
    from .update_product_body_media_item_type import UpdateProductBodyMediaItemType
    from .update_webhook_endpoint_body import UpdateWebhookEndpointBody
    from .update_webhook_endpoint_body_status import UpdateWebhookEndpointBodyStatus
    from .update_webhook_endpoint_response_200 import UpdateWebhookEndpointResponse200
    from .video_details import VideoDetails
    from .video_details_status import VideoDetailsStatus
    from .voice_info import VoiceInfo
    from .voice_info_age import VoiceInfoAge
    from .voice_info_gender import VoiceInfoGender
    from .webhook_endpoint import WebhookEndpoint

# Class name -> the module (relative to this package) that defines it.
_MODULES = {
    "AddPhotoAvatarMotionBody": ".add_photo_avatar_motion_body",
    "AddPhotoAvatarMotionBodyModel": ".add_photo_avatar_motion_body_model",
    "AddPhotoAvatarMotionResponse200": ".add_photo_avatar_motion_response_200",
    "AddPhotoAvatarMotionResponse200DataType0": ".add_photo_avatar_motion_response_200_data_type_0",
    "AddProductAvatarMotionBody": ".add_product_avatar_motion_body",
    "AddProductAvatarMotionBodyAspectRatio": ".add_product_avatar_motion_body_aspect_ratio",
    "AddProductAvatarMotionResponse200": ".add_product_avatar_motion_response_200",
    "AddProductAvatarMotionResponse200DataType0": ".add_product_avatar_motion_response_200_data_type_0",
    "AvatarInfo": ".avatar_info",
    "AvatarInfoAge": ".avatar_info_age",
    "AvatarInfoAspectRatio": ".avatar_info_aspect_ratio",
    "AvatarInfoGender": ".avatar_info_gender",
    "AvatarInfoStyle": ".avatar_info_style",
    "BaseResponse": ".base_response",
    "CreateAiScriptBody": ".create_ai_script_body",
    "CreateAiScriptBodyLanguage": ".create_ai_script_body_language",
    "CreateAiScriptBodyProductInfo": ".create_ai_script_body_product_info",
    "CreateAiScriptBodyProductInfoData": ".create_ai_script_body_product_info_data",
    "CreateAiScriptBodyProductInfoSourceType": ".create_ai_script_body_product_info_source_type",
    "CreateAiScriptBodyScriptStyle": ".create_ai_script_body_script_style",
    "CreateAiScriptBodyVideoLengthSeconds": ".create_ai_script_body_video_length_seconds",
    "CreateAiScriptResponse200": ".create_ai_script_response_200",
    "CreateAiScriptResponse200DataType0": ".create_ai_script_response_200_data_type_0",
    "CreateLipSyncVideoBody": ".create_lip_sync_video_body",
    "CreateLipSyncVideoBodyPlaybackType": ".create_lip_sync_video_body_playback_type",
    "CreateLipSyncVideoResponse200": ".create_lip_sync_video_response_200",
    "CreateLipSyncVideoResponse200DataType0": ".create_lip_sync_video_response_200_data_type_0",
    "CreateProductBody": ".create_product_body",
    "CreateProductBodyMediaItem": ".create_product_body_media_item",
    "CreateProductBodyMediaItemType": ".create_product_body_media_item_type",
    "CreateProductPreviewsBody": ".create_product_previews_body",
    "CreateProductPreviewsBodyAudio": ".create_product_previews_body_audio",
    "CreateProductPreviewsBodyAvatar": ".create_product_previews_body_avatar",
    "CreateProductPreviewsBodyAvatarType": ".create_product_previews_body_avatar_type",
    "CreateProductPreviewsBodyScript": ".create_product_previews_body_script",
    "CreateProductPreviewsBodyScriptStyle": ".create_product_previews_body_script_style",
    "CreateProductPreviewsBodyVideoSpec": ".create_product_previews_body_video_spec",
    "CreateProductPreviewsBodyVideoSpecAspectRatio": ".create_product_previews_body_video_spec_aspect_ratio",
    "CreateProductPreviewsBodyVideoSpecLength": ".create_product_previews_body_video_spec_length",
    "CreateProductPreviewsBodyVoice": ".create_product_previews_body_voice",
    "CreateProductPreviewsResponse200": ".create_product_previews_response_200",
    "CreateProductPreviewsResponse200DataType0": ".create_product_previews_response_200_data_type_0",
    "CreateProductPreviewsResponse200DataType0PreviewsType0Item": ".create_product_previews_response_200_data_type_0_previews_type_0_item",
    "CreateProductResponse200": ".create_product_response_200",
    "CreateUploadUrlBody": ".create_upload_url_body",
    "CreateUploadUrlResponse200": ".create_upload_url_response_200",
    "CreateUploadUrlResponse200DataType0": ".create_upload_url_response_200_data_type_0",
    "CreateVideoFromAvatarBody": ".create_video_from_avatar_body",
    "CreateVideoFromAvatarBodyAspectRatio": ".create_video_from_avatar_body_aspect_ratio",
    "CreateVideoFromAvatarBodyAvatar": ".create_video_from_avatar_body_avatar",
    "CreateVideoFromAvatarBodyAvatarAvatarType": ".create_video_from_avatar_body_avatar_avatar_type",
    "CreateVideoFromAvatarBodyScreenStyle": ".create_video_from_avatar_body_screen_style",
    "CreateVideoFromAvatarBodyVoice": ".create_video_from_avatar_body_voice",
    "CreateVideoFromAvatarBodyVoiceType": ".create_video_from_avatar_body_voice_type",
    "CreateVideoFromAvatarResponse200": ".create_video_from_avatar_response_200",
    "CreateVideoFromAvatarResponse200DataType0": ".create_video_from_avatar_response_200_data_type_0",
    "CreateVideoFromProductBody": ".create_video_from_product_body",
    "CreateVideoFromProductBodyAudio": ".create_video_from_product_body_audio",
    "CreateVideoFromProductBodyAvatar": ".create_video_from_product_body_avatar",
    "CreateVideoFromProductBodyAvatarType": ".create_video_from_product_body_avatar_type",
    "CreateVideoFromProductBodyScript": ".create_video_from_product_body_script",
    "CreateVideoFromProductBodyScriptStyle": ".create_video_from_product_body_script_style",
    "CreateVideoFromProductBodyVideoSpec": ".create_video_from_product_body_video_spec",
    "CreateVideoFromProductBodyVideoSpecAspectRatio": ".create_video_from_product_body_video_spec_aspect_ratio",
    "CreateVideoFromProductBodyVideoSpecLength": ".create_video_from_product_body_video_spec_length",
    "CreateVideoFromProductBodyVoice": ".create_video_from_product_body_voice",
    "CreateVideoFromProductResponse200": ".create_video_from_product_response_200",
    "CreateVideoFromProductResponse200DataType0": ".create_video_from_product_response_200_data_type_0",
    "CreateVideoFromTemplateBody": ".create_video_from_template_body",
    "CreateVideoFromTemplateBodyAvatarType": ".create_video_from_template_body_avatar_type",
    "CreateVideoFromTemplateBodyVariablesItem": ".create_video_from_template_body_variables_item",
    "CreateVideoFromTemplateBodyVariablesItemProperties": ".create_video_from_template_body_variables_item_properties",
    "CreateVideoFromTemplateBodyVariablesItemType": ".create_video_from_template_body_variables_item_type",
    "CreateVideoFromTemplateResponse200": ".create_video_from_template_response_200",
    "CreateVideoFromTemplateResponse200DataType0": ".create_video_from_template_response_200_data_type_0",
    "CreateVideoTranslationBody": ".create_video_translation_body",
    "CreateVideoTranslationResponse200": ".create_video_translation_response_200",
    "CreateVideoTranslationResponse200DataType0": ".create_video_translation_response_200_data_type_0",
    "CreateWebhookEndpointBody": ".create_webhook_endpoint_body",
    "CreateWebhookEndpointBodyStatus": ".create_webhook_endpoint_body_status",
    "CreateWebhookEndpointResponse200": ".create_webhook_endpoint_response_200",
    "CustomAvatarInfo": ".custom_avatar_info",
    "CustomAvatarInfoStatus": ".custom_avatar_info_status",
    "DeleteWebhookEndpointResponse200": ".delete_webhook_endpoint_response_200",
    "DeleteWebhookEndpointResponse200DataType0": ".delete_webhook_endpoint_response_200_data_type_0",
    "GeneratePhotoAvatarPhotoBody": ".generate_photo_avatar_photo_body",
    "GeneratePhotoAvatarPhotoBodyAge": ".generate_photo_avatar_photo_body_age",
    "GeneratePhotoAvatarPhotoBodyAspectRatio": ".generate_photo_avatar_photo_body_aspect_ratio",
    "GeneratePhotoAvatarPhotoBodyAvatarStyle": ".generate_photo_avatar_photo_body_avatar_style",
    "GeneratePhotoAvatarPhotoBodyEthnicity": ".generate_photo_avatar_photo_body_ethnicity",
    "GeneratePhotoAvatarPhotoBodyGender": ".generate_photo_avatar_photo_body_gender",
    "GeneratePhotoAvatarPhotoBodyModel": ".generate_photo_avatar_photo_body_model",
    "GeneratePhotoAvatarPhotoResponse200": ".generate_photo_avatar_photo_response_200",
    "GeneratePhotoAvatarPhotoResponse200DataType0": ".generate_photo_avatar_photo_response_200_data_type_0",
    "GenerateProductAvatarImagesBody": ".generate_product_avatar_images_body",
    "GenerateProductAvatarImagesBodyAspectRatio": ".generate_product_avatar_images_body_aspect_ratio",
    "GenerateProductAvatarImagesBodyAvatarSource": ".generate_product_avatar_images_body_avatar_source",
    "GenerateProductAvatarImagesBodyAvatarSourceAvatarType": ".generate_product_avatar_images_body_avatar_source_avatar_type",
    "GenerateProductAvatarImagesBodyAvatarSourceType": ".generate_product_avatar_images_body_avatar_source_type",
    "GenerateProductAvatarImagesBodyQuality": ".generate_product_avatar_images_body_quality",
    "GenerateProductAvatarImagesResponse200": ".generate_product_avatar_images_response_200",
    "GenerateProductAvatarImagesResponse200DataType0": ".generate_product_avatar_images_response_200_data_type_0",
    "GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item": ".generate_product_avatar_images_response_200_data_type_0_generations_type_0_item",
    "GetAiScriptResponse200": ".get_ai_script_response_200",
    "GetAiScriptResponse200DataType0": ".get_ai_script_response_200_data_type_0",
    "GetAiScriptResponse200DataType0DataType0": ".get_ai_script_response_200_data_type_0_data_type_0",
    "GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item": ".get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item",
    "GetAvatarVideoResponse200": ".get_avatar_video_response_200",
    "GetAvatarVideoResponse200DataType0": ".get_avatar_video_response_200_data_type_0",
    "GetCurrentUserResponse200": ".get_current_user_response_200",
    "GetCurrentUserResponse200DataType0": ".get_current_user_response_200_data_type_0",
    "GetCustomTemplateResponse200": ".get_custom_template_response_200",
    "GetCustomTemplateResponse200DataType0": ".get_custom_template_response_200_data_type_0",
    "GetCustomTemplateResponse200DataType0VariablesType0Item": ".get_custom_template_response_200_data_type_0_variables_type_0_item",
    "GetLipSyncVideoResponse200": ".get_lip_sync_video_response_200",
    "GetLipSyncVideoResponse200DataType0": ".get_lip_sync_video_response_200_data_type_0",
    "GetLipSyncVideoResponse200DataType0DataType0": ".get_lip_sync_video_response_200_data_type_0_data_type_0",
    "GetLipSyncVideoResponse200DataType0ErrorType0": ".get_lip_sync_video_response_200_data_type_0_error_type_0",
    "GetPhotoAvatarMotionResponse200": ".get_photo_avatar_motion_response_200",
    "GetPhotoAvatarMotionResponse200DataType0": ".get_photo_avatar_motion_response_200_data_type_0",
    "GetPhotoAvatarPhotoResponse200": ".get_photo_avatar_photo_response_200",
    "GetPhotoAvatarPhotoResponse200DataType0": ".get_photo_avatar_photo_response_200_data_type_0",
    "GetProductAvatarGenerationResponse200": ".get_product_avatar_generation_response_200",
    "GetProductAvatarGenerationResponse200DataType0": ".get_product_avatar_generation_response_200_data_type_0",
    "GetProductAvatarGenerationResponse200DataType0GenerationsType0Item": ".get_product_avatar_generation_response_200_data_type_0_generations_type_0_item",
    "GetProductAvatarGenerationResponse200DataType0SummaryType0": ".get_product_avatar_generation_response_200_data_type_0_summary_type_0",
    "GetProductAvatarMotionResponse200": ".get_product_avatar_motion_response_200",
    "GetProductAvatarMotionResponse200DataType0": ".get_product_avatar_motion_response_200_data_type_0",
    "GetProductVideoResponse200": ".get_product_video_response_200",
    "GetProductVideoResponse200DataType0": ".get_product_video_response_200_data_type_0",
    "GetRemainingQuotaResponse200": ".get_remaining_quota_response_200",
    "GetRemainingQuotaResponse200DataType0": ".get_remaining_quota_response_200_data_type_0",
    "GetTemplateVideoResponse200": ".get_template_video_response_200",
    "GetTemplateVideoResponse200DataType0": ".get_template_video_response_200_data_type_0",
    "GetTemplateVideoResponse200DataType0DataType0": ".get_template_video_response_200_data_type_0_data_type_0",
    "GetVideoTranslationResponse200": ".get_video_translation_response_200",
    "GetVideoTranslationResponse200DataType0": ".get_video_translation_response_200_data_type_0",
    "ListCustomAvatarsResponse200": ".list_custom_avatars_response_200",
    "ListCustomAvatarsResponse200DataType0": ".list_custom_avatars_response_200_data_type_0",
    "ListCustomAvatarsResponse200DataType0AvatarsType0Item": ".list_custom_avatars_response_200_data_type_0_avatars_type_0_item",
    "ListCustomAvatarsStatus": ".list_custom_avatars_status",
    "ListCustomTemplatesAspectRatio": ".list_custom_templates_aspect_ratio",
    "ListCustomTemplatesResponse200": ".list_custom_templates_response_200",
    "ListCustomTemplatesResponse200DataType0": ".list_custom_templates_response_200_data_type_0",
    "ListCustomVoicesResponse200": ".list_custom_voices_response_200",
    "ListCustomVoicesResponse200DataType0": ".list_custom_voices_response_200_data_type_0",
    "ListCustomVoicesResponse200DataType0VoicesType0Item": ".list_custom_voices_response_200_data_type_0_voices_type_0_item",
    "ListMusicsResponse200": ".list_musics_response_200",
    "ListMusicsResponse200DataType0": ".list_musics_response_200_data_type_0",
    "ListPhotoAvatarsResponse200": ".list_photo_avatars_response_200",
    "ListPhotoAvatarsResponse200DataType0": ".list_photo_avatars_response_200_data_type_0",
    "ListPhotoAvatarsResponse200DataType0AvatarsType0Item": ".list_photo_avatars_response_200_data_type_0_avatars_type_0_item",
    "ListPhotoAvatarsStatus": ".list_photo_avatars_status",
    "ListProductAvatarsAspectRatio": ".list_product_avatars_aspect_ratio",
    "ListProductAvatarsResponse200": ".list_product_avatars_response_200",
    "ListProductAvatarsResponse200DataType0": ".list_product_avatars_response_200_data_type_0",
    "ListProductAvatarsResponse200DataType0ProductAvatarsType0Item": ".list_product_avatars_response_200_data_type_0_product_avatars_type_0_item",
    "ListProductPreviewsResponse200": ".list_product_previews_response_200",
    "ListProductPreviewsResponse200DataType0": ".list_product_previews_response_200_data_type_0",
    "ListProductPreviewsResponse200DataType0PreviewsType0Item": ".list_product_previews_response_200_data_type_0_previews_type_0_item",
    "ListProductPreviewsSortOrder": ".list_product_previews_sort_order",
    "ListProductPreviewsStatus": ".list_product_previews_status",
    "ListProductVideosResponse200": ".list_product_videos_response_200",
    "ListProductVideosResponse200DataType0": ".list_product_videos_response_200_data_type_0",
    "ListProductVideosResponse200DataType0VideosType0Item": ".list_product_videos_response_200_data_type_0_videos_type_0_item",
    "ListProductVideosSortOrder": ".list_product_videos_sort_order",
    "ListProductVideosStatus": ".list_product_videos_status",
    "ListPublicAvatarsAge": ".list_public_avatars_age",
    "ListPublicAvatarsAspectRatio": ".list_public_avatars_aspect_ratio",
    "ListPublicAvatarsEthnicity": ".list_public_avatars_ethnicity",
    "ListPublicAvatarsGender": ".list_public_avatars_gender",
    "ListPublicAvatarsResponse200": ".list_public_avatars_response_200",
    "ListPublicAvatarsResponse200DataType0": ".list_public_avatars_response_200_data_type_0",
    "ListPublicAvatarsResponse200DataType0AvatarsType0Item": ".list_public_avatars_response_200_data_type_0_avatars_type_0_item",
    "ListPublicAvatarsScene": ".list_public_avatars_scene",
    "ListPublicAvatarsStyle": ".list_public_avatars_style",
    "ListTemplateVideosResponse200": ".list_template_videos_response_200",
    "ListTemplateVideosResponse200DataType0": ".list_template_videos_response_200_data_type_0",
    "ListTemplateVideosResponse200DataType0DataType0Item": ".list_template_videos_response_200_data_type_0_data_type_0_item",
    "ListTemplateVideosResponse200DataType0DataType0ItemErrorType0": ".list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0",
    "ListTemplateVideosSortOrder": ".list_template_videos_sort_order",
    "ListTemplateVideosStatus": ".list_template_videos_status",
    "ListTemplatesAspectRatio": ".list_templates_aspect_ratio",
    "ListTemplatesResponse200": ".list_templates_response_200",
    "ListTemplatesResponse200DataType0": ".list_templates_response_200_data_type_0",
    "ListTemplatesResponse200DataType0TemplatesType0Item": ".list_templates_response_200_data_type_0_templates_type_0_item",
    "ListTranslationLanguagesResponse200": ".list_translation_languages_response_200",
    "ListTranslationLanguagesResponse200DataType0": ".list_translation_languages_response_200_data_type_0",
    "ListVisualStylesAspectRatio": ".list_visual_styles_aspect_ratio",
    "ListVisualStylesResponse200": ".list_visual_styles_response_200",
    "ListVisualStylesResponse200DataType0": ".list_visual_styles_response_200_data_type_0",
    "ListVisualStylesResponse200DataType0VisualStylesType0Item": ".list_visual_styles_response_200_data_type_0_visual_styles_type_0_item",
    "ListVoicesAge": ".list_voices_age",
    "ListVoicesGender": ".list_voices_gender",
    "ListVoicesResponse200": ".list_voices_response_200",
    "ListVoicesResponse200DataType0": ".list_voices_response_200_data_type_0",
    "ListVoicesResponse200DataType0VoicesType0Item": ".list_voices_response_200_data_type_0_voices_type_0_item",
    "ListWebhookEndpointsResponse200": ".list_webhook_endpoints_response_200",
    "ListWebhookEndpointsResponse200DataType0": ".list_webhook_endpoints_response_200_data_type_0",
    "ListWebhookEventsResponse200": ".list_webhook_events_response_200",
    "ListWebhookEventsResponse200DataType0": ".list_webhook_events_response_200_data_type_0",
    "MusicInfo": ".music_info",
    "Pagination": ".pagination",
    "PhotoAvatarInfo": ".photo_avatar_info",
    "PhotoAvatarInfoStatus": ".photo_avatar_info_status",
    "PreviewInfo": ".preview_info",
    "PreviewInfoStatus": ".preview_info_status",
    "ProductAvatarInfo": ".product_avatar_info",
    "ProductInfo": ".product_info",
    "ProductInfoMediaType0Item": ".product_info_media_type_0_item",
    "RenderProductPreviewBody": ".render_product_preview_body",
    "RenderProductPreviewResponse200": ".render_product_preview_response_200",
    "RenderProductPreviewResponse200DataType0": ".render_product_preview_response_200_data_type_0",
    "TemplateDetails": ".template_details",
    "TemplateDetailsVariablesItem": ".template_details_variables_item",
    "TemplateDetailsVariablesItemType": ".template_details_variables_item_type",
    "TemplateInfo": ".template_info",
    "UpdateProductBody": ".update_product_body",
    "UpdateProductBodyMediaItem": ".update_product_body_media_item",
    "UpdateProductBodyMediaItemType": ".update_product_body_media_item_type",
    "UpdateWebhookEndpointBody": ".update_webhook_endpoint_body",
    "UpdateWebhookEndpointBodyStatus": ".update_webhook_endpoint_body_status",
    "UpdateWebhookEndpointResponse200": ".update_webhook_endpoint_response_200",
    "VideoDetails": ".video_details",
    "VideoDetailsStatus": ".video_details_status",
    "VoiceInfo": ".voice_info",
    "VoiceInfoAge": ".voice_info_age",
    "VoiceInfoGender": ".voice_info_gender",
    "WebhookEndpoint": ".webhook_endpoint",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AddPhotoAvatarMotionBody",
    "AddPhotoAvatarMotionBodyModel",
    "AddPhotoAvatarMotionResponse200",
    "AddPhotoAvatarMotionResponse200DataType0",
    "AddProductAvatarMotionBody",
    "AddProductAvatarMotionBodyAspectRatio",
    "AddProductAvatarMotionResponse200",
    "AddProductAvatarMotionResponse200DataType0",
    "AvatarInfo",
    "AvatarInfoAge",
    "AvatarInfoAspectRatio",
    "AvatarInfoGender",
    "AvatarInfoStyle",
    "BaseResponse",
    "CreateAiScriptBody",
    "CreateAiScriptBodyLanguage",
    "CreateAiScriptBodyProductInfo",
    "CreateAiScriptBodyProductInfoData",
    "CreateAiScriptBodyProductInfoSourceType",
    "CreateAiScriptBodyScriptStyle",
    "CreateAiScriptBodyVideoLengthSeconds",
    "CreateAiScriptResponse200",
    "CreateAiScriptResponse200DataType0",
    "CreateLipSyncVideoBody",
    "CreateLipSyncVideoBodyPlaybackType",
    "CreateLipSyncVideoResponse200",
    "CreateLipSyncVideoResponse200DataType0",
    "CreateProductBody",
    "CreateProductBodyMediaItem",
    "CreateProductBodyMediaItemType",
    "CreateProductPreviewsBody",
    "CreateProductPreviewsBodyAudio",
    "CreateProductPreviewsBodyAvatar",
    "CreateProductPreviewsBodyAvatarType",
    "CreateProductPreviewsBodyScript",
    "CreateProductPreviewsBodyScriptStyle",
    "CreateProductPreviewsBodyVideoSpec",
    "CreateProductPreviewsBodyVideoSpecAspectRatio",
    "CreateProductPreviewsBodyVideoSpecLength",
    "CreateProductPreviewsBodyVoice",
    "CreateProductPreviewsResponse200",
    "CreateProductPreviewsResponse200DataType0",
    "CreateProductPreviewsResponse200DataType0PreviewsType0Item",
    "CreateProductResponse200",
    "CreateUploadUrlBody",
    "CreateUploadUrlResponse200",
    "CreateUploadUrlResponse200DataType0",
    "CreateVideoFromAvatarBody",
    "CreateVideoFromAvatarBodyAspectRatio",
    "CreateVideoFromAvatarBodyAvatar",
    "CreateVideoFromAvatarBodyAvatarAvatarType",
    "CreateVideoFromAvatarBodyScreenStyle",
    "CreateVideoFromAvatarBodyVoice",
    "CreateVideoFromAvatarBodyVoiceType",
    "CreateVideoFromAvatarResponse200",
    "CreateVideoFromAvatarResponse200DataType0",
    "CreateVideoFromProductBody",
    "CreateVideoFromProductBodyAudio",
    "CreateVideoFromProductBodyAvatar",
    "CreateVideoFromProductBodyAvatarType",
    "CreateVideoFromProductBodyScript",
    "CreateVideoFromProductBodyScriptStyle",
    "CreateVideoFromProductBodyVideoSpec",
    "CreateVideoFromProductBodyVideoSpecAspectRatio",
    "CreateVideoFromProductBodyVideoSpecLength",
    "CreateVideoFromProductBodyVoice",
    "CreateVideoFromProductResponse200",
    "CreateVideoFromProductResponse200DataType0",
    "CreateVideoFromTemplateBody",
    "CreateVideoFromTemplateBodyAvatarType",
    "CreateVideoFromTemplateBodyVariablesItem",
    "CreateVideoFromTemplateBodyVariablesItemProperties",
    "CreateVideoFromTemplateBodyVariablesItemType",
    "CreateVideoFromTemplateResponse200",
    "CreateVideoFromTemplateResponse200DataType0",
    "CreateVideoTranslationBody",
    "CreateVideoTranslationResponse200",
    "CreateVideoTranslationResponse200DataType0",
    "CreateWebhookEndpointBody",
    "CreateWebhookEndpointBodyStatus",
    "CreateWebhookEndpointResponse200",
    "CustomAvatarInfo",
    "CustomAvatarInfoStatus",
    "DeleteWebhookEndpointResponse200",
    "DeleteWebhookEndpointResponse200DataType0",
    "GeneratePhotoAvatarPhotoBody",
    "GeneratePhotoAvatarPhotoBodyAge",
    "GeneratePhotoAvatarPhotoBodyAspectRatio",
    "GeneratePhotoAvatarPhotoBodyAvatarStyle",
    "GeneratePhotoAvatarPhotoBodyEthnicity",
    "GeneratePhotoAvatarPhotoBodyGender",
    "GeneratePhotoAvatarPhotoBodyModel",
    "GeneratePhotoAvatarPhotoResponse200",
    "GeneratePhotoAvatarPhotoResponse200DataType0",
    "GenerateProductAvatarImagesBody",
    "GenerateProductAvatarImagesBodyAspectRatio",
    "GenerateProductAvatarImagesBodyAvatarSource",
    "GenerateProductAvatarImagesBodyAvatarSourceAvatarType",
    "GenerateProductAvatarImagesBodyAvatarSourceType",
    "GenerateProductAvatarImagesBodyQuality",
    "GenerateProductAvatarImagesResponse200",
    "GenerateProductAvatarImagesResponse200DataType0",
    "GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item",
    "GetAiScriptResponse200",
    "GetAiScriptResponse200DataType0",
    "GetAiScriptResponse200DataType0DataType0",
    "GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item",
    "GetAvatarVideoResponse200",
    "GetAvatarVideoResponse200DataType0",
    "GetCurrentUserResponse200",
    "GetCurrentUserResponse200DataType0",
    "GetCustomTemplateResponse200",
    "GetCustomTemplateResponse200DataType0",
    "GetCustomTemplateResponse200DataType0VariablesType0Item",
    "GetLipSyncVideoResponse200",
    "GetLipSyncVideoResponse200DataType0",
    "GetLipSyncVideoResponse200DataType0DataType0",
    "GetLipSyncVideoResponse200DataType0ErrorType0",
    "GetPhotoAvatarMotionResponse200",
    "GetPhotoAvatarMotionResponse200DataType0",
    "GetPhotoAvatarPhotoResponse200",
    "GetPhotoAvatarPhotoResponse200DataType0",
    "GetProductAvatarGenerationResponse200",
    "GetProductAvatarGenerationResponse200DataType0",
    "GetProductAvatarGenerationResponse200DataType0GenerationsType0Item",
    "GetProductAvatarGenerationResponse200DataType0SummaryType0",
    "GetProductAvatarMotionResponse200",
    "GetProductAvatarMotionResponse200DataType0",
    "GetProductVideoResponse200",
    "GetProductVideoResponse200DataType0",
    "GetRemainingQuotaResponse200",
    "GetRemainingQuotaResponse200DataType0",
    "GetTemplateVideoResponse200",
    "GetTemplateVideoResponse200DataType0",
    "GetTemplateVideoResponse200DataType0DataType0",
    "GetVideoTranslationResponse200",
    "GetVideoTranslationResponse200DataType0",
    "ListCustomAvatarsResponse200",
    "ListCustomAvatarsResponse200DataType0",
    "ListCustomAvatarsResponse200DataType0AvatarsType0Item",
    "ListCustomAvatarsStatus",
    "ListCustomTemplatesAspectRatio",
    "ListCustomTemplatesResponse200",
    "ListCustomTemplatesResponse200DataType0",
    "ListCustomVoicesResponse200",
    "ListCustomVoicesResponse200DataType0",
    "ListCustomVoicesResponse200DataType0VoicesType0Item",
    "ListMusicsResponse200",
    "ListMusicsResponse200DataType0",
    "ListPhotoAvatarsResponse200",
    "ListPhotoAvatarsResponse200DataType0",
    "ListPhotoAvatarsResponse200DataType0AvatarsType0Item",
    "ListPhotoAvatarsStatus",
    "ListProductAvatarsAspectRatio",
    "ListProductAvatarsResponse200",
    "ListProductAvatarsResponse200DataType0",
    "ListProductAvatarsResponse200DataType0ProductAvatarsType0Item",
    "ListProductPreviewsResponse200",
    "ListProductPreviewsResponse200DataType0",
    "ListProductPreviewsResponse200DataType0PreviewsType0Item",
    "ListProductPreviewsSortOrder",
    "ListProductPreviewsStatus",
    "ListProductVideosResponse200",
    "ListProductVideosResponse200DataType0",
    "ListProductVideosResponse200DataType0VideosType0Item",
    "ListProductVideosSortOrder",
    "ListProductVideosStatus",
    "ListPublicAvatarsAge",
    "ListPublicAvatarsAspectRatio",
    "ListPublicAvatarsEthnicity",
    "ListPublicAvatarsGender",
    "ListPublicAvatarsResponse200",
    "ListPublicAvatarsResponse200DataType0",
    "ListPublicAvatarsResponse200DataType0AvatarsType0Item",
    "ListPublicAvatarsScene",
    "ListPublicAvatarsStyle",
    "ListTemplatesAspectRatio",
    "ListTemplatesResponse200",
    "ListTemplatesResponse200DataType0",
    "ListTemplatesResponse200DataType0TemplatesType0Item",
    "ListTemplateVideosResponse200",
    "ListTemplateVideosResponse200DataType0",
    "ListTemplateVideosResponse200DataType0DataType0Item",
    "ListTemplateVideosResponse200DataType0DataType0ItemErrorType0",
    "ListTemplateVideosSortOrder",
    "ListTemplateVideosStatus",
    "ListTranslationLanguagesResponse200",
    "ListTranslationLanguagesResponse200DataType0",
    "ListVisualStylesAspectRatio",
    "ListVisualStylesResponse200",
    "ListVisualStylesResponse200DataType0",
    "ListVisualStylesResponse200DataType0VisualStylesType0Item",
    "ListVoicesAge",
    "ListVoicesGender",
    "ListVoicesResponse200",
    "ListVoicesResponse200DataType0",
    "ListVoicesResponse200DataType0VoicesType0Item",
    "ListWebhookEndpointsResponse200",
    "ListWebhookEndpointsResponse200DataType0",
    "ListWebhookEventsResponse200",
    "ListWebhookEventsResponse200DataType0",
    "MusicInfo",
    "Pagination",
    "PhotoAvatarInfo",
    "PhotoAvatarInfoStatus",
    "PreviewInfo",
    "PreviewInfoStatus",
    "ProductAvatarInfo",
    "ProductInfo",
    "ProductInfoMediaType0Item",
    "RenderProductPreviewBody",
    "RenderProductPreviewResponse200",
    "RenderProductPreviewResponse200DataType0",
    "TemplateDetails",
    "TemplateDetailsVariablesItem",
    "TemplateDetailsVariablesItemType",
    "TemplateInfo",
    "UpdateProductBody",
    "UpdateProductBodyMediaItem",
    "UpdateProductBodyMediaItemType",
    "UpdateWebhookEndpointBody",
    "UpdateWebhookEndpointBodyStatus",
    "UpdateWebhookEndpointResponse200",
    "VideoDetails",
    "VideoDetailsStatus",
    "VoiceInfo",
    "VoiceInfoAge",
    "VoiceInfoGender",
    "WebhookEndpoint",
)
