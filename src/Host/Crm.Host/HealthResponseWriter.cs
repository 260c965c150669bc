using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host;

internal static class HealthResponseWriter
{
    public static Task Write(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            },
            JsonSerializerOptions.Web,
            http.RequestAborted);
}
