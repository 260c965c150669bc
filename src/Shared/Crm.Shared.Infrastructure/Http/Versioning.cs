using System.Globalization;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Crm.Shared.Infrastructure.Http;

/// <summary>
/// Optimistic concurrency over HTTP (RFC 9110): GET answers <c>ETag: "version"</c>; a write must send it back in
/// <c>If-Match</c>. Missing: 428. <c>*</c> accepts any version; a list accepts any of its versions; a weak tag never
/// matches (If-Match compares strongly), so it leads to 412 like a stale version.
/// </summary>
public static class Versioning
{
    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void SetETag(this HttpResponse response, int version) => response.Headers.ETag = ETagOf(version);

    public static Result<VersionPrecondition> ReadIfMatch(this HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (string.IsNullOrWhiteSpace(header.ToString()))
        {
            return Error.PreconditionRequired(
                "version.if_match_required",
                "Send the ETag you read in an If-Match header, so a change made meanwhile by someone else is not overwritten.");
        }

        if (!EntityTagHeaderValue.TryParseStrictList(header, out var tags))
        {
            return Error.Validation("version.if_match_invalid", "If-Match must be the ETag returned by GET, for example \"3\", quotes included.");
        }

        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
        {
            return VersionPrecondition.AnyVersion;
        }

        var versions = new List<int>();
        foreach (var tag in tags.Where(t => !t.IsWeak))
        {
            if (!int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                return Error.Validation("version.if_match_invalid", $"If-Match holds {tag.Tag}, which is not an ETag this API returned (for example \"3\").");
            }

            versions.Add(version);
        }

        return VersionPrecondition.OneOf(versions);
    }
}
