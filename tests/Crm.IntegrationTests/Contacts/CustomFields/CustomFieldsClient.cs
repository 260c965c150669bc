using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.IntegrationTests.Infrastructure;

namespace Crm.IntegrationTests.Contacts.CustomFields;

internal sealed record CustomFieldOptionDto(string Key, string Label, bool IsRetired);

internal sealed record CustomFieldDto(
    Guid Id, string Entity, string Key, string Label, string Type, bool IsRequired, bool IsUnique, List<CustomFieldOptionDto> Options, string? Currency, int Position, bool IsRetired, int Version);

/// <summary>Custom field definitions and the records holding values, through the API.</summary>
internal static class CustomFieldsClient
{
    public static async Task<CustomFieldDto> DefineAsync(this HttpClient client, object body) =>
        await (await client.PostAsJsonAsync("/api/v1/custom-fields", body)).ReadOk<CustomFieldDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ChangeFieldAsync(this HttpClient client, CustomFieldDto field, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/custom-fields/{field.Id}")
        {
            Content = JsonContent.Create(body),
            Headers = { { "If-Match", $"\"{field.Version}\"" } },
        });

    public static async Task<List<CustomFieldDto>> FieldsAsync(this HttpClient client, string entity, bool includeRetired = false) =>
        (await client.GetFromJsonAsync<List<CustomFieldDto>>($"/api/v1/custom-fields?entity={entity}&includeRetired={includeRetired}"))!;

    public static Task<HttpResponseMessage> PutAnyVersionAsync(this HttpClient client, string url, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body), Headers = { { "If-Match", "*" } } });

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static string FieldError(this JsonElement problem, string key) =>
        problem.GetProperty("errors").GetProperty($"customFields.{key}")[0].GetString()!;
}
