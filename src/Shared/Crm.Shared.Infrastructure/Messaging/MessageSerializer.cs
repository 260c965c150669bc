using System.Text.Json;

namespace Crm.Shared.Infrastructure.Messaging;

internal static class MessageSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static string Serialize(object message) => JsonSerializer.Serialize(message, message.GetType(), Options);

    public static object Deserialize(string typeName, string payload)
    {
        var type = Type.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"Outbox message type '{typeName}' is not loaded in this process.");
        return JsonSerializer.Deserialize(payload, type, Options)
            ?? throw new InvalidOperationException($"Outbox payload of '{typeName}' is empty.");
    }
}
