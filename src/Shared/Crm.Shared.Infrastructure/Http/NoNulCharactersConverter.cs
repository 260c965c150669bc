using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Shared.Infrastructure.Http;

/// <summary>
/// Refuses strings holding a NUL character in request bodies: PostgreSQL cannot store one, and no field of a CRM
/// needs it. The client gets a 400 that names the field instead of a server error.
/// </summary>
internal sealed class NoNulCharactersConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new JsonException("The text holds a NUL character (\\u0000), which is not allowed.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
