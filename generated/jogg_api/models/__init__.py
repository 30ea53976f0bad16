# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
"""Contains all the data models used in inputs/outputs"""

from .add_photo_avatar_motion_body import AddPhotoAvatarMotionBody
from .add_photo_avatar_motion_body_model import AddPhotoAvatarMotionBodyModel
from .add_photo_avatar_motion_response_200 import AddPhotoAvatarMotionResponse200
from .add_photo_avatar_motion_response_200_data import (
    AddPhotoAvatarMotionResponse200Data,
)
from .add_product_avatar_motion_body import AddProductAvatarMotionBody
from .add_product_avatar_motion_body_aspect_ratio import (
    AddProductAvatarMotionBodyAspectRatio,
)
from .add_product_avatar_motion_response_200 import AddProductAvatarMotionResponse200
from .add_product_avatar_motion_response_200_data import (
    AddProductAvatarMotionResponse200Data,
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
from .create_ai_script_body_product_info_data import CreateAiScriptBodyProductInfoData
from .create_ai_script_body_product_info_source_type import (
    CreateAiScriptBodyProductInfoSourceType,
)
from .create_ai_script_body_script_style import CreateAiScriptBodyScriptStyle
from .create_ai_script_body_video_length_seconds import (
    CreateAiScriptBodyVideoLengthSeconds,
)
from .create_ai_script_response_200 import CreateAiScriptResponse200
from .create_ai_script_response_200_data import CreateAiScriptResponse200Data
from .create_lip_sync_video_body import CreateLipSyncVideoBody
from .create_lip_sync_video_body_playback_type import CreateLipSyncVideoBodyPlaybackType
from .create_lip_sync_video_response_200 import CreateLipSyncVideoResponse200
from .create_lip_sync_video_response_200_data import CreateLipSyncVideoResponse200Data
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
from .create_product_previews_body_video_spec import CreateProductPreviewsBodyVideoSpec
from .create_product_previews_body_video_spec_aspect_ratio import (
    CreateProductPreviewsBodyVideoSpecAspectRatio,
)
from .create_product_previews_body_video_spec_length import (
    CreateProductPreviewsBodyVideoSpecLength,
)
from .create_product_previews_body_voice import CreateProductPreviewsBodyVoice
from .create_product_previews_response_200 import CreateProductPreviewsResponse200
from .create_product_previews_response_200_data import (
    CreateProductPreviewsResponse200Data,
)
from .create_product_previews_response_200_data_previews_item import (
    CreateProductPreviewsResponse200DataPreviewsItem,
)
from .create_product_response_200 import CreateProductResponse200
from .create_upload_url_body import CreateUploadUrlBody
from .create_upload_url_response_200 import CreateUploadUrlResponse200
from .create_upload_url_response_200_data import CreateUploadUrlResponse200Data
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
from .create_video_from_avatar_body_voice_type import CreateVideoFromAvatarBodyVoiceType
from .create_video_from_avatar_response_200 import CreateVideoFromAvatarResponse200
from .create_video_from_avatar_response_200_data import (
    CreateVideoFromAvatarResponse200Data,
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
from .create_video_from_product_response_200 import CreateVideoFromProductResponse200
from .create_video_from_product_response_200_data import (
    CreateVideoFromProductResponse200Data,
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
from .create_video_from_template_response_200 import CreateVideoFromTemplateResponse200
from .create_video_from_template_response_200_data import (
    CreateVideoFromTemplateResponse200Data,
)
from .create_video_translation_body import CreateVideoTranslationBody
from .create_video_translation_response_200 import CreateVideoTranslationResponse200
from .create_video_translation_response_200_data import (
    CreateVideoTranslationResponse200Data,
)
from .create_webhook_endpoint_body import CreateWebhookEndpointBody
from .create_webhook_endpoint_body_status import CreateWebhookEndpointBodyStatus
from .create_webhook_endpoint_response_200 import CreateWebhookEndpointResponse200
from .custom_avatar_info import CustomAvatarInfo
from .custom_avatar_info_status import CustomAvatarInfoStatus
from .delete_webhook_endpoint_response_200 import DeleteWebhookEndpointResponse200
from .delete_webhook_endpoint_response_200_data import (
    DeleteWebhookEndpointResponse200Data,
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
from .generate_photo_avatar_photo_body_gender import GeneratePhotoAvatarPhotoBodyGender
from .generate_photo_avatar_photo_body_model import GeneratePhotoAvatarPhotoBodyModel
from .generate_photo_avatar_photo_response_200 import (
    GeneratePhotoAvatarPhotoResponse200,
)
from .generate_photo_avatar_photo_response_200_data import (
    GeneratePhotoAvatarPhotoResponse200Data,
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
from .generate_product_avatar_images_response_200_data import (
    GenerateProductAvatarImagesResponse200Data,
)
from .generate_product_avatar_images_response_200_data_generations_item import (
    GenerateProductAvatarImagesResponse200DataGenerationsItem,
)
from .get_ai_script_response_200 import GetAiScriptResponse200
from .get_ai_script_response_200_data import GetAiScriptResponse200Data
from .get_ai_script_response_200_data_data import GetAiScriptResponse200DataData
from .get_ai_script_response_200_data_data_generated_scripts_item import (
    GetAiScriptResponse200DataDataGeneratedScriptsItem,
)
from .get_avatar_video_response_200 import GetAvatarVideoResponse200
from .get_avatar_video_response_200_data import GetAvatarVideoResponse200Data
from .get_current_user_response_200 import GetCurrentUserResponse200
from .get_current_user_response_200_data import GetCurrentUserResponse200Data
from .get_custom_template_response_200 import GetCustomTemplateResponse200
from .get_custom_template_response_200_data import GetCustomTemplateResponse200Data
from .get_custom_template_response_200_data_variables_item import (
    GetCustomTemplateResponse200DataVariablesItem,
)
from .get_lip_sync_video_response_200 import GetLipSyncVideoResponse200
from .get_lip_sync_video_response_200_data import GetLipSyncVideoResponse200Data
from .get_lip_sync_video_response_200_data_data_type_0 import (
    GetLipSyncVideoResponse200DataDataType0,
)
from .get_lip_sync_video_response_200_data_error_type_0 import (
    GetLipSyncVideoResponse200DataErrorType0,
)
from .get_photo_avatar_motion_response_200 import GetPhotoAvatarMotionResponse200
from .get_photo_avatar_motion_response_200_data import (
    GetPhotoAvatarMotionResponse200Data,
)
from .get_photo_avatar_photo_response_200 import GetPhotoAvatarPhotoResponse200
from .get_photo_avatar_photo_response_200_data import GetPhotoAvatarPhotoResponse200Data
from .get_product_avatar_generation_response_200 import (
    GetProductAvatarGenerationResponse200,
)
from .get_product_avatar_generation_response_200_data import (
    GetProductAvatarGenerationResponse200Data,
)
from .get_product_avatar_generation_response_200_data_generations_item import (
    GetProductAvatarGenerationResponse200DataGenerationsItem,
)
from .get_product_avatar_generation_response_200_data_summary import (
    GetProductAvatarGenerationResponse200DataSummary,
)
from .get_product_avatar_motion_response_200 import GetProductAvatarMotionResponse200
from .get_product_avatar_motion_response_200_data import (
    GetProductAvatarMotionResponse200Data,
)
from .get_product_video_response_200 import GetProductVideoResponse200
from .get_product_video_response_200_data import GetProductVideoResponse200Data
from .get_remaining_quota_response_200 import GetRemainingQuotaResponse200
from .get_remaining_quota_response_200_data import GetRemainingQuotaResponse200Data
from .get_template_video_response_200 import GetTemplateVideoResponse200
from .get_template_video_response_200_data import GetTemplateVideoResponse200Data
from .get_template_video_response_200_data_data import (
    GetTemplateVideoResponse200DataData,
)
from .get_video_translation_response_200 import GetVideoTranslationResponse200
from .get_video_translation_response_200_data import GetVideoTranslationResponse200Data
from .list_custom_avatars_response_200 import ListCustomAvatarsResponse200
from .list_custom_avatars_response_200_data import ListCustomAvatarsResponse200Data
from .list_custom_avatars_response_200_data_avatars_item import (
    ListCustomAvatarsResponse200DataAvatarsItem,
)
from .list_custom_avatars_status import ListCustomAvatarsStatus
from .list_custom_templates_aspect_ratio import ListCustomTemplatesAspectRatio
from .list_custom_templates_response_200 import ListCustomTemplatesResponse200
from .list_custom_templates_response_200_data import ListCustomTemplatesResponse200Data
from .list_custom_voices_response_200 import ListCustomVoicesResponse200
from .list_custom_voices_response_200_data import ListCustomVoicesResponse200Data
from .list_custom_voices_response_200_data_voices_item import (
    ListCustomVoicesResponse200DataVoicesItem,
)
from .list_musics_response_200 import ListMusicsResponse200
from .list_musics_response_200_data import ListMusicsResponse200Data
from .list_photo_avatars_response_200 import ListPhotoAvatarsResponse200
from .list_photo_avatars_response_200_data import ListPhotoAvatarsResponse200Data
from .list_photo_avatars_response_200_data_avatars_item import (
    ListPhotoAvatarsResponse200DataAvatarsItem,
)
from .list_photo_avatars_status import ListPhotoAvatarsStatus
from .list_product_avatars_aspect_ratio import ListProductAvatarsAspectRatio
from .list_product_avatars_response_200 import ListProductAvatarsResponse200
from .list_product_avatars_response_200_data import ListProductAvatarsResponse200Data
from .list_product_avatars_response_200_data_product_avatars_item import (
    ListProductAvatarsResponse200DataProductAvatarsItem,
)
from .list_product_previews_response_200 import ListProductPreviewsResponse200
from .list_product_previews_response_200_data import ListProductPreviewsResponse200Data
from .list_product_previews_response_200_data_previews_item import (
    ListProductPreviewsResponse200DataPreviewsItem,
)
from .list_product_previews_sort_order import ListProductPreviewsSortOrder
from .list_product_previews_status import ListProductPreviewsStatus
from .list_product_videos_response_200 import ListProductVideosResponse200
from .list_product_videos_response_200_data import ListProductVideosResponse200Data
from .list_product_videos_response_200_data_videos_item import (
    ListProductVideosResponse200DataVideosItem,
)
from .list_product_videos_sort_order import ListProductVideosSortOrder
from .list_product_videos_status import ListProductVideosStatus
from .list_public_avatars_age import ListPublicAvatarsAge
from .list_public_avatars_aspect_ratio import ListPublicAvatarsAspectRatio
from .list_public_avatars_ethnicity import ListPublicAvatarsEthnicity
from .list_public_avatars_gender import ListPublicAvatarsGender
from .list_public_avatars_response_200 import ListPublicAvatarsResponse200
from .list_public_avatars_response_200_data import ListPublicAvatarsResponse200Data
from .list_public_avatars_response_200_data_avatars_item import (
    ListPublicAvatarsResponse200DataAvatarsItem,
)
from .list_public_avatars_scene import ListPublicAvatarsScene
from .list_public_avatars_style import ListPublicAvatarsStyle
from .list_template_videos_response_200 import ListTemplateVideosResponse200
from .list_template_videos_response_200_data import ListTemplateVideosResponse200Data
from .list_template_videos_response_200_data_data_item import (
    ListTemplateVideosResponse200DataDataItem,
)
from .list_template_videos_response_200_data_data_item_error import (
    ListTemplateVideosResponse200DataDataItemError,
)
from .list_template_videos_sort_order import ListTemplateVideosSortOrder
from .list_template_videos_status import ListTemplateVideosStatus
from .list_templates_aspect_ratio import ListTemplatesAspectRatio
from .list_templates_response_200 import ListTemplatesResponse200
from .list_templates_response_200_data import ListTemplatesResponse200Data
from .list_templates_response_200_data_templates_item import (
    ListTemplatesResponse200DataTemplatesItem,
)
from .list_translation_languages_response_200 import ListTranslationLanguagesResponse200
from .list_translation_languages_response_200_data import (
    ListTranslationLanguagesResponse200Data,
)
from .list_visual_styles_aspect_ratio import ListVisualStylesAspectRatio
from .list_visual_styles_response_200 import ListVisualStylesResponse200
from .list_visual_styles_response_200_data import ListVisualStylesResponse200Data
from .list_visual_styles_response_200_data_visual_styles_item import (
    ListVisualStylesResponse200DataVisualStylesItem,
)
from .list_voices_age import ListVoicesAge
from .list_voices_gender import ListVoicesGender
from .list_voices_response_200 import ListVoicesResponse200
from .list_voices_response_200_data import ListVoicesResponse200Data
from .list_voices_response_200_data_voices_item import (
    ListVoicesResponse200DataVoicesItem,
)
from .list_webhook_endpoints_response_200 import ListWebhookEndpointsResponse200
from .list_webhook_endpoints_response_200_data import (
    ListWebhookEndpointsResponse200Data,
)
from .list_webhook_events_response_200 import ListWebhookEventsResponse200
from .list_webhook_events_response_200_data import ListWebhookEventsResponse200Data
from .music_info import MusicInfo
from .pagination import Pagination
from .photo_avatar_info import PhotoAvatarInfo
from .photo_avatar_info_status import PhotoAvatarInfoStatus
from .preview_info import PreviewInfo
from .preview_info_status import PreviewInfoStatus
from .product_avatar_info import ProductAvatarInfo
from .product_info import ProductInfo
from .product_info_media_item import ProductInfoMediaItem
from .render_product_preview_body import RenderProductPreviewBody
from .render_product_preview_response_200 import RenderProductPreviewResponse200
from .render_product_preview_response_200_data import (
    RenderProductPreviewResponse200Data,
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

__all__ = (
    "AddPhotoAvatarMotionBody",
    "AddPhotoAvatarMotionBodyModel",
    "AddPhotoAvatarMotionResponse200",
    "AddPhotoAvatarMotionResponse200Data",
    "AddProductAvatarMotionBody",
    "AddProductAvatarMotionBodyAspectRatio",
    "AddProductAvatarMotionResponse200",
    "AddProductAvatarMotionResponse200Data",
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
    "CreateAiScriptResponse200Data",
    "CreateLipSyncVideoBody",
    "CreateLipSyncVideoBodyPlaybackType",
    "CreateLipSyncVideoResponse200",
    "CreateLipSyncVideoResponse200Data",
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
    "CreateProductPreviewsResponse200Data",
    "CreateProductPreviewsResponse200DataPreviewsItem",
    "CreateProductResponse200",
    "CreateUploadUrlBody",
    "CreateUploadUrlResponse200",
    "CreateUploadUrlResponse200Data",
    "CreateVideoFromAvatarBody",
    "CreateVideoFromAvatarBodyAspectRatio",
    "CreateVideoFromAvatarBodyAvatar",
    "CreateVideoFromAvatarBodyAvatarAvatarType",
    "CreateVideoFromAvatarBodyScreenStyle",
    "CreateVideoFromAvatarBodyVoice",
    "CreateVideoFromAvatarBodyVoiceType",
    "CreateVideoFromAvatarResponse200",
    "CreateVideoFromAvatarResponse200Data",
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
    "CreateVideoFromProductResponse200Data",
    "CreateVideoFromTemplateBody",
    "CreateVideoFromTemplateBodyAvatarType",
    "CreateVideoFromTemplateBodyVariablesItem",
    "CreateVideoFromTemplateBodyVariablesItemProperties",
    "CreateVideoFromTemplateBodyVariablesItemType",
    "CreateVideoFromTemplateResponse200",
    "CreateVideoFromTemplateResponse200Data",
    "CreateVideoTranslationBody",
    "CreateVideoTranslationResponse200",
    "CreateVideoTranslationResponse200Data",
    "CreateWebhookEndpointBody",
    "CreateWebhookEndpointBodyStatus",
    "CreateWebhookEndpointResponse200",
    "CustomAvatarInfo",
    "CustomAvatarInfoStatus",
    "DeleteWebhookEndpointResponse200",
    "DeleteWebhookEndpointResponse200Data",
    "GeneratePhotoAvatarPhotoBody",
    "GeneratePhotoAvatarPhotoBodyAge",
    "GeneratePhotoAvatarPhotoBodyAspectRatio",
    "GeneratePhotoAvatarPhotoBodyAvatarStyle",
    "GeneratePhotoAvatarPhotoBodyEthnicity",
    "GeneratePhotoAvatarPhotoBodyGender",
    "GeneratePhotoAvatarPhotoBodyModel",
    "GeneratePhotoAvatarPhotoResponse200",
    "GeneratePhotoAvatarPhotoResponse200Data",
    "GenerateProductAvatarImagesBody",
    "GenerateProductAvatarImagesBodyAspectRatio",
    "GenerateProductAvatarImagesBodyAvatarSource",
    "GenerateProductAvatarImagesBodyAvatarSourceAvatarType",
    "GenerateProductAvatarImagesBodyAvatarSourceType",
    "GenerateProductAvatarImagesBodyQuality",
    "GenerateProductAvatarImagesResponse200",
    "GenerateProductAvatarImagesResponse200Data",
    "GenerateProductAvatarImagesResponse200DataGenerationsItem",
    "GetAiScriptResponse200",
    "GetAiScriptResponse200Data",
    "GetAiScriptResponse200DataData",
    "GetAiScriptResponse200DataDataGeneratedScriptsItem",
    "GetAvatarVideoResponse200",
    "GetAvatarVideoResponse200Data",
    "GetCurrentUserResponse200",
    "GetCurrentUserResponse200Data",
    "GetCustomTemplateResponse200",
    "GetCustomTemplateResponse200Data",
    "GetCustomTemplateResponse200DataVariablesItem",
    "GetLipSyncVideoResponse200",
    "GetLipSyncVideoResponse200Data",
    "GetLipSyncVideoResponse200DataDataType0",
    "GetLipSyncVideoResponse200DataErrorType0",
    "GetPhotoAvatarMotionResponse200",
    "GetPhotoAvatarMotionResponse200Data",
    "GetPhotoAvatarPhotoResponse200",
    "GetPhotoAvatarPhotoResponse200Data",
    "GetProductAvatarGenerationResponse200",
    "GetProductAvatarGenerationResponse200Data",
    "GetProductAvatarGenerationResponse200DataGenerationsItem",
    "GetProductAvatarGenerationResponse200DataSummary",
    "GetProductAvatarMotionResponse200",
    "GetProductAvatarMotionResponse200Data",
    "GetProductVideoResponse200",
    "GetProductVideoResponse200Data",
    "GetRemainingQuotaResponse200",
    "GetRemainingQuotaResponse200Data",
    "GetTemplateVideoResponse200",
    "GetTemplateVideoResponse200Data",
    "GetTemplateVideoResponse200DataData",
    "GetVideoTranslationResponse200",
    "GetVideoTranslationResponse200Data",
    "ListCustomAvatarsResponse200",
    "ListCustomAvatarsResponse200Data",
    "ListCustomAvatarsResponse200DataAvatarsItem",
    "ListCustomAvatarsStatus",
    "ListCustomTemplatesAspectRatio",
    "ListCustomTemplatesResponse200",
    "ListCustomTemplatesResponse200Data",
    "ListCustomVoicesResponse200",
    "ListCustomVoicesResponse200Data",
    "ListCustomVoicesResponse200DataVoicesItem",
    "ListMusicsResponse200",
    "ListMusicsResponse200Data",
    "ListPhotoAvatarsResponse200",
    "ListPhotoAvatarsResponse200Data",
    "ListPhotoAvatarsResponse200DataAvatarsItem",
    "ListPhotoAvatarsStatus",
    "ListProductAvatarsAspectRatio",
    "ListProductAvatarsResponse200",
    "ListProductAvatarsResponse200Data",
    "ListProductAvatarsResponse200DataProductAvatarsItem",
    "ListProductPreviewsResponse200",
    "ListProductPreviewsResponse200Data",
    "ListProductPreviewsResponse200DataPreviewsItem",
    "ListProductPreviewsSortOrder",
    "ListProductPreviewsStatus",
    "ListProductVideosResponse200",
    "ListProductVideosResponse200Data",
    "ListProductVideosResponse200DataVideosItem",
    "ListProductVideosSortOrder",
    "ListProductVideosStatus",
    "ListPublicAvatarsAge",
    "ListPublicAvatarsAspectRatio",
    "ListPublicAvatarsEthnicity",
    "ListPublicAvatarsGender",
    "ListPublicAvatarsResponse200",
    "ListPublicAvatarsResponse200Data",
    "ListPublicAvatarsResponse200DataAvatarsItem",
    "ListPublicAvatarsScene",
    "ListPublicAvatarsStyle",
    "ListTemplatesAspectRatio",
    "ListTemplatesResponse200",
    "ListTemplatesResponse200Data",
    "ListTemplatesResponse200DataTemplatesItem",
    "ListTemplateVideosResponse200",
    "ListTemplateVideosResponse200Data",
    "ListTemplateVideosResponse200DataDataItem",
    "ListTemplateVideosResponse200DataDataItemError",
    "ListTemplateVideosSortOrder",
    "ListTemplateVideosStatus",
    "ListTranslationLanguagesResponse200",
    "ListTranslationLanguagesResponse200Data",
    "ListVisualStylesAspectRatio",
    "ListVisualStylesResponse200",
    "ListVisualStylesResponse200Data",
    "ListVisualStylesResponse200DataVisualStylesItem",
    "ListVoicesAge",
    "ListVoicesGender",
    "ListVoicesResponse200",
    "ListVoicesResponse200Data",
    "ListVoicesResponse200DataVoicesItem",
    "ListWebhookEndpointsResponse200",
    "ListWebhookEndpointsResponse200Data",
    "ListWebhookEventsResponse200",
    "ListWebhookEventsResponse200Data",
    "MusicInfo",
    "Pagination",
    "PhotoAvatarInfo",
    "PhotoAvatarInfoStatus",
    "PreviewInfo",
    "PreviewInfoStatus",
    "ProductAvatarInfo",
    "ProductInfo",
    "ProductInfoMediaItem",
    "RenderProductPreviewBody",
    "RenderProductPreviewResponse200",
    "RenderProductPreviewResponse200Data",
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
