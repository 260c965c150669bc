using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Crm.IntegrationTests.Infrastructure;

namespace Crm.IntegrationTests.Contacts.Imports;

/// <summary>Uploads files and waits for imports through the API, as the web app does.</summary>
internal static class ImportClient
{
    public const string Url = "/api/v1/contacts/imports";

    static ImportClient() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "contacts.csv")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return client.PostAsync(Url, form);
    }

    public static async Task<ImportDto> UploadOkAsync(HttpClient client, string text, Encoding encoding, string fileName = "contacts.csv") =>
        await (await UploadAsync(client, encoding.GetBytes(text), fileName)).ReadOk<ImportDto>(HttpStatusCode.Created);

    public static object Settings(IEnumerable<(int Column, string Field)> columns, string policy = "Skip", string matchKey = "Email") =>
        new { columns = columns.Select(c => new { column = c.Column, field = c.Field }), policy, matchKey };

    public static async Task<ImportDto> RunAsync(HttpClient client, Guid id, object settings)
    {
        await (await client.PostAsJsonAsync($"{Url}/{id}/start", settings)).ReadOk<ImportDto>(HttpStatusCode.Accepted);
        return (await Eventually.Get(() => client.GetFromJsonAsync<ImportDto>($"{Url}/{id}")!, i => i!.Status is "Completed" or "Failed", "the import to finish"))!;
    }
}
