using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Crm.Benchmarks;

/// <summary>
/// A signed-in client of one host: the session cookie kept in a cookie container, the antiforgery token echoed on the
/// POSTs it makes, one keep-alive connection so that a time is the server's work, not a TCP handshake.
/// </summary>
internal sealed class SearchClient : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly Uri _baseAddress;
    private readonly HttpClient _http;

    public SearchClient(Uri baseAddress)
    {
        _baseAddress = baseAddress;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(10),
        };
    }

    /// <summary>Signs in (again, when a session is already open) and returns the user's id.</summary>
    public Task<Guid> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        PostAsync("/api/v1/auth/sign-in", new { email, password }, "sign-in", cancellationToken);

    /// <summary>Creates a contact through the API and returns its id.</summary>
    public Task<Guid> CreateContactAsync(object contact, CancellationToken cancellationToken) =>
        PostAsync("/api/v1/contacts", contact, "contact creation", cancellationToken);

    /// <summary>Times a GET that answers <c>{ items: [...] }</c> or one record <c>{ id, ... }</c>, to the end of its body; anything but 200 throws.</summary>
    public async Task<TimedAnswer> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {pathAndQuery} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        }

        using var body = JsonDocument.Parse(bytes);
        var ids = body.RootElement.TryGetProperty("items", out var items)
            ? items.EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToList()
            : [body.RootElement.GetProperty("id").GetGuid()];
        var next = body.RootElement.TryGetProperty("nextCursor", out var cursor) && cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
        return new TimedAnswer(elapsed, ids, next);
    }

    /// <summary>
    /// Times a GET to the end of its body and returns the milliseconds and the body's length, without parsing it (the
    /// throughput measurement keeps the client's work small); anything but 200 throws. Safe to call concurrently.
    /// </summary>
    public async Task<(double Milliseconds, int Bytes)> TimeGetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK
            ? (elapsed, bytes.Length)
            : throw new InvalidOperationException($"GET {pathAndQuery} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
    }

    /// <summary>A GET's body as it came; anything but 200 throws.</summary>
    public async Task<byte[]> DownloadAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? bytes
            : throw new InvalidOperationException($"GET {pathAndQuery} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
    }

    /// <summary>The ETag a GET answers, for the If-Match of a change.</summary>
    public async Task<string> ETagAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(path, cancellationToken);
        return response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} without an ETag.");
    }

    /// <summary>POSTs a body (JSON or a form), echoing the antiforgery token, and returns the answer; anything but success throws.</summary>
    public async Task<JsonDocument> SendAsync(HttpMethod method, string path, HttpContent? content, string what, CancellationToken cancellationToken, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (method != HttpMethod.Get && _cookies.GetCookies(_baseAddress)["XSRF-TOKEN"]?.Value is { } token)
        {
            request.Headers.Add("X-XSRF-TOKEN", token);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, what, cancellationToken);
    }

    /// <summary>The length of the Cookie header this client sends (the session, chunked or not, and the antiforgery token).</summary>
    public int CookieHeaderLength => _cookies.GetCookieHeader(_baseAddress).Length;

    public void Dispose() => _http.Dispose();

    /// <summary>POSTs JSON, echoing the antiforgery cookie in its header once a session has one, and returns the answer's id.</summary>
    private async Task<Guid> PostAsync(string path, object content, string what, CancellationToken cancellationToken)
    {
        using var body = await SendAsync(HttpMethod.Post, path, JsonContent.Create(content), what, cancellationToken);
        return body.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The {what} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text);
    }
}
