"""The catalogue a fresh fake starts with.

Strings that start with ``{base}`` are URLs on the fake itself; the fake fills in the
scheme, host and port of the request that reads them.
"""

from __future__ import annotations

from typing import Any, Final

B: Final = "{base}"

ASPECT_CODES: Final = {"portrait": 0, "landscape": 1, "square": 2}

PUBLIC_AVATARS: Final[list[dict[str, Any]]] = [
    {
        "id": avatar_id,
        "name": name,
        "video_url": f"{B}/files/avatars/{avatar_id}.mp4",
        "cover_url": f"{B}/files/avatars/{avatar_id}.jpg",
        "aspect_ratio": aspect,
        "style": style,
        "gender": gender,
        "age": age,
        "scene": scene,
        "ethnicity": ethnicity,
    }
    for avatar_id, name, aspect, style, gender, age, scene, ethnicity in [
        (1, "Amanda outdoors", 0, "social", "female", "adult", "outdoors", "north_american"),
        (81, "Amanda in studio", 0, "professional", "female", "adult", "studio", "european"),
        (127, "Daniel at the office", 1, "professional", "male", "adult", "business", "european"),
        (203, "Priya at home", 0, "social", "female", "young_adult", "lifestyle", "south_asian"),
        (318, "Kenji news desk", 1, "professional", "male", "senior", "news", "east_asian"),
        (
            412,
            "Layla gym",
            2,
            "social",
            "female",
            "young_adult",
            "health_fitness",
            "middle_eastern",
        ),
        (517, "Marcus classroom", 1, "professional", "male", "adult", "education", "african"),
        (624, "Sofia cafe", 0, "social", "female", "young_adult", "lifestyle", "south_american"),
    ]
]

CUSTOM_AVATARS: Final[list[dict[str, Any]]] = [
    {
        "id": 5001,
        "name": "My Instant Avatar",
        "video_url": f"{B}/files/avatars/5001.mp4",
        "cover_url": f"{B}/files/avatars/5001.jpg",
        "api_only": True,
        "avatar_status": "completed",
        "fail_msg": "",
        "avatar_url": f"{B}/files/avatars/5001-avatar.mp4",
    },
    {
        "id": 5002,
        "name": "Second take",
        "video_url": f"{B}/files/avatars/5002.mp4",
        "cover_url": f"{B}/files/avatars/5002.jpg",
        "api_only": False,
        "avatar_status": "processing",
        "fail_msg": "",
        "avatar_url": "",
    },
    {
        "id": 5003,
        "name": "Bad lighting",
        "video_url": f"{B}/files/avatars/5003.mp4",
        "cover_url": f"{B}/files/avatars/5003.jpg",
        "api_only": False,
        "avatar_status": "failed",
        "fail_msg": "no face found in the training video",
        "avatar_url": "",
    },
]

# Photo avatars: status 0 processing, 1 success, 2 failed.
PHOTO_AVATARS: Final[list[dict[str, Any]]] = [
    {
        "id": 6001,
        "name": "My Photo Avatar",
        "cover_url": f"{B}/files/avatars/6001.jpg",
        "status": 1,
        "fail_msg": "",
    },
    {
        "id": 6002,
        "name": "Draft photo avatar",
        "cover_url": f"{B}/files/avatars/6002.jpg",
        "status": 0,
        "fail_msg": "",
    },
]

PRODUCT_AVATARS: Final[list[dict[str, Any]]] = [
    {
        "avatar_id": 7001,
        "name": "Product Presenter",
        "cover_url": f"{B}/files/avatars/7001.jpg",
        "status": 1,
        "fail_msg": "",
        "avatar_url": f"{B}/files/avatars/7001.mp4",
        "aspect_ratio": 0,
        "gender": "female",
    },
    {
        "avatar_id": 7002,
        "name": "Desk Presenter",
        "cover_url": f"{B}/files/avatars/7002.jpg",
        "status": 1,
        "fail_msg": "",
        "avatar_url": f"{B}/files/avatars/7002.mp4",
        "aspect_ratio": 1,
        "gender": "male",
    },
]

VOICES: Final[list[dict[str, Any]]] = [
    {
        "name": name,
        "voice_id": voice_id,
        "audio_url": f"{B}/files/voices/{voice_id}.mp3",
        "language": language,
        "gender": gender,
        "age": age,
        "accent": accent,
        "use_case": use_case,
    }
    for voice_id, name, language, gender, age, accent, use_case in [
        (
            "en-US-ChristopherNeural",
            "Christopher",
            "english",
            "male",
            "young",
            "american",
            "narrative_story",
        ),
        (
            "en-US-JennyNeural",
            "Jenny",
            "english",
            "female",
            "young",
            "american",
            "customer_service",
        ),
        ("en-US-GuyNeural", "Guy", "english", "male", "middle_aged", "american", "news"),
        (
            "en-GB-SoniaNeural",
            "Sonia",
            "english",
            "female",
            "middle_aged",
            "british",
            "narrative_story",
        ),
        ("en-GB-RyanNeural", "Ryan", "english", "male", "young", "british", "advertisement"),
        (
            "en-AU-NatashaNeural",
            "Natasha",
            "english",
            "female",
            "young",
            "australian",
            "social_media",
        ),
        (
            "es-ES-ElviraNeural",
            "Elvira",
            "spanish",
            "female",
            "middle_aged",
            "spanish",
            "advertisement",
        ),
        ("es-MX-JorgeNeural", "Jorge", "spanish", "male", "young", "mexican", "narrative_story"),
        ("fr-FR-DeniseNeural", "Denise", "french", "female", "young", "french", "narrative_story"),
        ("fr-FR-HenriNeural", "Henri", "french", "male", "old", "french", "news"),
        (
            "de-DE-KatjaNeural",
            "Katja",
            "german",
            "female",
            "middle_aged",
            "german",
            "customer_service",
        ),
        ("ja-JP-NanamiNeural", "Nanami", "japanese", "female", "young", "japanese", "social_media"),
    ]
]

CUSTOM_VOICES: Final[list[dict[str, Any]]] = [
    {
        "name": "My Custom Voice",
        "voice_id": "custom_1001",
        "audio_url": f"{B}/files/voices/custom_1001.mp3",
        "language": "english",
    },
    {
        "name": "Mi voz",
        "voice_id": "custom_1002",
        "audio_url": f"{B}/files/voices/custom_1002.mp3",
        "language": "spanish",
    },
]

MUSICS: Final[list[dict[str, Any]]] = [
    {
        "id": music_id,
        "name": name,
        "music_url": f"{B}/files/music/{music_id}.mp3",
        "duration": duration,
    }
    for music_id, (name, duration) in enumerate(
        [
            ("Upbeat Background", 120),
            ("Morning Coffee", 95),
            ("Corporate Uplift", 140),
            ("Summer Breeze", 110),
            ("Night Drive", 180),
            ("Happy Ukulele", 75),
            ("Tech Pulse", 128),
            ("Calm Piano", 200),
            ("Big Reveal", 60),
            ("Retro Funk", 150),
            ("Soft Acoustic", 135),
            ("Epic Launch", 90),
            ("Fresh Start", 105),
            ("Lo-fi Study", 240),
            ("Festival Drums", 88),
        ],
        start=1,
    )
]

# (id, name, aspect ratios it exists for)
VISUAL_STYLES: Final[list[tuple[int, str, tuple[str, ...]]]] = [
    (2400, "Simple split screen template", ("portrait", "landscape")),
    (2401, "Simple Product Switch", ("portrait", "landscape", "square")),
    (2402, "Dynamic Showcase", ("portrait", "landscape", "square")),
    (2403, "Clean Studio", ("portrait", "square")),
    (2404, "Bold Captions", ("portrait",)),
    (2405, "Lifestyle Montage", ("landscape", "square")),
]

INDEX_TEMPLATES: Final[list[dict[str, Any]]] = [
    {
        "id": 149,
        "name": "Product Showcase",
        "cover_url": f"{B}/files/templates/149.png",
        "preview_url": f"{B}/files/templates/149.mp4",
        "aspect_ratio": 1,
        "variables": [
            {"type": "text", "name": "product_name", "required": True},
            {"type": "image", "name": "product_image", "required": True},
            {"type": "script", "name": "script", "required": False},
        ],
    },
    {
        "id": 143,
        "name": "eufy Security eufyCam 3C Add-on Camera",
        "cover_url": f"{B}/files/templates/143.png",
        "preview_url": f"{B}/files/templates/143.mp4",
        "aspect_ratio": 0,
        "variables": [
            {"type": "text", "name": "headline", "required": True},
            {"type": "video", "name": "clip", "required": False},
        ],
    },
    {
        "id": 108,
        "name": "Toyland Cartoon Stickers",
        "cover_url": f"{B}/files/templates/108.png",
        "preview_url": f"{B}/files/templates/108.webm",
        "aspect_ratio": 0,
        "variables": [
            {"type": "text", "name": "title", "required": True},
            {"type": "image", "name": "sticker", "required": False},
        ],
    },
]

CUSTOM_TEMPLATES: Final[list[dict[str, Any]]] = [
    {
        "id": 123,
        "name": "My Template",
        "cover_url": f"{B}/files/templates/123.png",
        "preview_url": f"{B}/files/templates/123.mp4",
        "aspect_ratio": 0,
        "variables": [
            {"type": "text", "name": "title", "required": True},
            {"type": "image", "name": "product_image", "required": False},
            {"type": "script", "name": "script", "required": False},
        ],
    },
    {
        "id": 124,
        "name": "Spring Sale",
        "cover_url": f"{B}/files/templates/124.png",
        "preview_url": f"{B}/files/templates/124.mp4",
        "aspect_ratio": 1,
        "variables": [
            {"type": "text", "name": "headline", "required": True},
            {"type": "video", "name": "clip", "required": False},
        ],
    },
]

TARGET_LANGUAGES: Final = [
    "english",
    "spanish",
    "french",
    "german",
    "italian",
    "portuguese",
    "japanese",
    "korean",
    "chinese",
    "arabic",
    "hindi",
    "russian",
]

EVENTS: Final = [
    f"{stem}_{outcome}"
    for stem in [
        "generated_video",
        "create_avatar",
        "generated_product_video",
        "generated_avatar_video",
        "generated_template_video",
        "generated_translate_video",
        "generated_photo_avatar",
        "generated_product_avatar",
        "generated_script",
        "generated_image",
        "generated_motion",
    ]
    for outcome in ("success", "failed")
]

SCRIPT_LANGUAGES: Final = [
    "english", "filipino", "french", "german", "hindi", "indonesian", "italian", "japanese",
    "korean", "malay", "portuguese", "russian", "spanish", "thai", "vietnamese", "arabic",
    "greek", "turkish", "slovenian", "croatian", "romanian", "chinese", "bengali", "urdu",
    "hungarian", "traditional-chinese", "polish", "cantonese", "danish", "malayalam", "tamil",
    "telugu", "czech", "hebrew", "zulu", "swedish", "lithuanian", "dutch", "flemish",
    "norwegian", "finnish", "bulgarian", "latvian", "ukrainian", "mongolian", "persian", "odia",
    "assamese", "kannada", "tagalog", "amharic", "serbian", "slovak", "swahili",
]  # fmt: skip

SCRIPT_STYLES: Final = [
    "Don't Worry",
    "Storytime",
    "Discovery",
    "Data",
    "Top 3 reasons",
    "Light marketing",
]

USER: Final = {"email": "tester@example.com", "username": "fake-user"}
