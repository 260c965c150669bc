using System.Globalization;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Http;

namespace Crm.Shared.Infrastructure.Http;

/// <summary>
/// Optimistic concurrency over HTTP: GET answers <c>ETag: "version"</c>; a write must send it back in
/// <c>If-Match</c> (missing: 428, stale: 412).
/// </summary>
public static class Versioning
{
    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, int version) => response.Headers.ETag = ETagOf(version);

    public static Result<int> ReadIfMatch(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return Error.PreconditionRequired(
                "version.if_match_required",
                "Send the ETag you read in an If-Match header, so a change made meanwhile by someone else is not overwritten.");
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        if (header.Length < 3 || header[0] != '"' || header[^1] != '"'
            || !int.TryParse(header.AsSpan(1, header.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return Error.Validation("version.if_match_invalid", "If-Match must be the ETag returned by GET, for example \"3\", quotes included.");
        }

        return version;
    }
}
