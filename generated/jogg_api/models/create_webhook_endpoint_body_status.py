# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from typing import Literal

CreateWebhookEndpointBodyStatus = Literal["disabled", "enabled"]

CREATE_WEBHOOK_ENDPOINT_BODY_STATUS_VALUES: set[CreateWebhookEndpointBodyStatus] = {
    "disabled",
    "enabled",
}


def check_create_webhook_endpoint_body_status(value: str) -> CreateWebhookEndpointBodyStatus:
    if value in CREATE_WEBHOOK_ENDPOINT_BODY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_ENDPOINT_BODY_STATUS_VALUES!r}"
    )
