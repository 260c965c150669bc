using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Crm.Benchmarks;

/// <summary>
/// One running host and a client for it that never sends cookies (as a fresh cookie container would not), reusing
/// its keep-alive connection so that a timing is the server's work, not a TCP handshake.
/// </summary>
internal sealed class SignInTarget(Provider provider, HostSetup setup, HostProcess host) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = setup.BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Provider Provider { get; } = provider;

    /// <summary>Milliseconds from sending <c>POST /api/v1/auth/sign-in</c> to the end of the answer, which must have the expected status.</summary>
    public async Task<double> SignInAsync(string email, string password, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.PostAsJsonAsync("/api/v1/auth/sign-in", new { email, password }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{Provider.Name()}: sign-in as {email} answered {(int)response.StatusCode} instead of {(int)expected}: {body}");
        }

        if (expected == HttpStatusCode.OK
            && !(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("crm.session=", StringComparison.Ordinal))))
        {
            throw new InvalidOperationException($"{Provider.Name()}: sign-in answered 200 without a session cookie.");
        }

        return elapsed;
    }

    public void Dispose()
    {
        _http.Dispose();
        host.Dispose();
        setup.Dispose();
    }
}
