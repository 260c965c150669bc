using System.Security.Cryptography;
using System.Text;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Shared.Infrastructure.Http.Idempotency;

/// <summary>
/// A POST with an <c>Idempotency-Key</c> header is carried out once: the key is reserved before the endpoint runs,
/// and the same key later replays the stored first answer (status, body, Location, ETag), errors included. The same
/// key with a different body is a 422; while the first request still runs, a 409. A server error releases the key
/// for a retry. A key is kept for <see cref="KeyLifetime"/>; a reservation whose request never finished (the process
/// stopped) is abandoned after <see cref="AbandonedAfter"/>.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(24);
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext http)
    {
        var metadata = http.GetEndpoint()?.Metadata.GetMetadata<IdempotencyMetadata>();
        // Anonymous callers would share one key space: their keys are ignored.
        if (metadata is null || !HttpMethods.IsPost(http.Request.Method) || http.User.Identity?.IsAuthenticated != true
            || !http.Request.Headers.TryGetValue(HeaderName, out var keyValues))
        {
            await next(http);
            return;
        }

        var clientKey = keyValues.ToString();
        if (string.IsNullOrWhiteSpace(clientKey) || clientKey.Length > MaxKeyLength)
        {
            await ProblemResults.Write(http, Error.Validation("idempotency_key.invalid", $"The {HeaderName} header must hold 1 to {MaxKeyLength} characters."));
            return;
        }

        var context = (ModuleDbContext)http.RequestServices.GetRequiredService(metadata.ContextType);
        var key = Hash($"{http.User.Identity?.Name}\n{http.Request.Method}\n{http.Request.Path}\n{clientKey}");
        http.Request.EnableBuffering();
        var requestHash = Convert.ToHexString(await SHA256.HashDataAsync(http.Request.Body, http.RequestAborted));
        http.Request.Body.Position = 0;

        var record = new IdempotentRequest { Key = key, RequestHash = requestHash, CreatedAtUtc = time.GetUtcNow() };
        var earlier = await Reserve(context, record, http.RequestAborted);
        if (earlier is not null)
        {
            await Replay(http, earlier, requestHash);
            return;
        }

        var originalBody = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await RunEndpoint(http);
        }
        catch
        {
            http.Response.Body = originalBody;
            await Release(context, record);
            throw;
        }

        http.Response.Body = originalBody;
        if (http.Response.StatusCode >= 500)
        {
            await Release(context, record);
        }
        else
        {
            await Store(context, record, http.Response, buffer.ToArray());
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, http.RequestAborted);
    }

    /// <summary>Runs the endpoint; an exception becomes its problem answer here, so that answer is stored like any other.</summary>
    private async Task RunEndpoint(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            http.Response.Clear();
            foreach (var handler in http.RequestServices.GetServices<IExceptionHandler>())
            {
                if (await handler.TryHandleAsync(http, exception, http.RequestAborted))
                {
                    return;
                }
            }

            throw;
        }
    }

    /// <summary>Reserves the key, or returns the live record that already holds it.</summary>
    private async Task<IdempotentRequest?> Reserve(ModuleDbContext context, IdempotentRequest record, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = now - KeyLifetime;
        var abandoned = now - AbandonedAfter;
        await context.IdempotentRequests
            .Where(r => r.Key == record.Key && (r.CreatedAtUtc < expired || (r.StatusCode == 0 && r.CreatedAtUtc < abandoned)))
            .ExecuteDeleteAsync(cancellationToken);

        var existing = await context.IdempotentRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Key == record.Key, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        context.IdempotentRequests.Add(record);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another request with the same key reserved it a moment ago.
            context.ChangeTracker.Clear();
            return await context.IdempotentRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Key == record.Key, cancellationToken)
                ?? new IdempotentRequest { Key = record.Key, RequestHash = record.RequestHash, CreatedAtUtc = now };
        }
        finally
        {
            context.ChangeTracker.Clear();
        }
    }

    private static async Task Release(ModuleDbContext context, IdempotentRequest record)
    {
        context.ChangeTracker.Clear();
        await context.IdempotentRequests.Where(r => r.Key == record.Key).ExecuteDeleteAsync(CancellationToken.None);
    }

    private static async Task Store(ModuleDbContext context, IdempotentRequest record, HttpResponse response, byte[] body)
    {
        context.ChangeTracker.Clear();
        context.IdempotentRequests.Attach(record);
        record.StatusCode = response.StatusCode;
        record.ContentType = response.ContentType;
        record.Location = response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;
        record.ETag = response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null;
        record.Body = body;
        await context.SaveChangesAsync(CancellationToken.None);
    }

    private static async Task Replay(HttpContext http, IdempotentRequest stored, string requestHash)
    {
        if (stored.RequestHash != requestHash)
        {
            await ProblemResults.Write(http, Error.RuleBroken(
                "idempotency_key.reused",
                $"This {HeaderName} was already used with a different request body. Use a new key for a new request."));
            return;
        }

        if (stored.StatusCode == 0)
        {
            await ProblemResults.Write(http, Error.Conflict(
                "idempotency_key.in_progress",
                $"A request with this {HeaderName} is still being processed. Retry in a moment to get its answer."));
            return;
        }

        http.Response.StatusCode = stored.StatusCode;
        http.Response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            http.Response.Headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            http.Response.Headers.ETag = stored.ETag;
        }

        http.Response.Headers["Idempotent-Replayed"] = "true";
        await http.Response.Body.WriteAsync(stored.Body, http.RequestAborted);
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
