"""Generate the JSON Schema of every topic value and the AsyncAPI document of the topic catalogue.

Run `make schemas` after changing a model; a test fails when the committed files drift.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schemas.models import SCHEMA_VERSION, TOPIC_VALUE_MODELS
from schemas.topics import ALL_TOPICS, INTERNAL_TOPICS

OUT = Path(__file__).resolve().parent


def json_schemas() -> dict[str, dict[str, Any]]:
    """File name → JSON Schema document, for every topic value model."""
    out: dict[str, dict[str, Any]] = {}
    for name, model in TOPIC_VALUE_MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"https://claimwatch.dev/schemas/v{SCHEMA_VERSION}/{name}.schema.json"
        out[f"json/{name}.schema.json"] = schema
    return out


def asyncapi() -> dict[str, Any]:
    """The AsyncAPI 3.0 document describing every public topic and its contract."""
    channels: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for topic in ALL_TOPICS:
        if topic in INTERNAL_TOPICS:
            continue
        channel_id = topic.name.replace(".", "_")
        messages[topic.value_model] = {
            "name": topic.value_model,
            "contentType": "application/json",
            "payload": {"$ref": f"./json/{topic.value_model}.schema.json"},
        }
        channels[channel_id] = {
            "address": topic.name,
            "description": topic.description,
            "messages": {topic.value_model: {"$ref": f"#/components/messages/{topic.value_model}"}},
            "bindings": {
                "kafka": {
                    "topic": topic.name,
                    "partitions": topic.partitions,
                    "topicConfiguration": {
                        "cleanup.policy": [topic.cleanup_policy],
                        "retention.ms": topic.retention_ms,
                    },
                    "bindingVersion": "0.5.0",
                }
            },
            "x-key": topic.key,
            "x-dlq": topic.dlq,
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "claimwatch topics",
            "version": f"{SCHEMA_VERSION}.0.0",
            "description": "Kafka topics of claimwatch. Values are JSON; keys are UTF-8 strings.",
        },
        "defaultContentType": "application/json",
        "channels": channels,
        "components": {"messages": messages},
    }


def rendered() -> dict[str, str]:
    """Relative path → file content, exactly as committed."""
    files = {path: json.dumps(doc, indent=2, ensure_ascii=False) + "\n" for path, doc in json_schemas().items()}
    files["asyncapi.json"] = json.dumps(asyncapi(), indent=2, ensure_ascii=False) + "\n"
    return files


def main() -> None:
    for relative, content in rendered().items():
        path = OUT / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        print(f"wrote schemas/{relative}")


if __name__ == "__main__":
    main()
