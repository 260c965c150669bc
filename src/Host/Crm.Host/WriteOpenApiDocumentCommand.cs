using Crm.Shared.Infrastructure.Commands;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace Crm.Host;

/// <summary>
/// <c>openapi [--output &lt;file&gt;]</c>: writes the API's OpenAPI document, from which the web app's client is generated
/// (<c>scripts/update-api-client.sh</c>); a test fails when the committed copy differs from what the host serves.
/// </summary>
internal sealed class WriteOpenApiDocumentCommand(ISwaggerProvider swagger) : IHostCommand
{
    public string Name => "openapi";

    public string Arguments => "[--output <file>]   (standard output without --output)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, HostCommandContext context, CancellationToken cancellationToken)
    {
        string? output = null;
        if (args is ["--output", var path])
        {
            output = path;
        }
        else if (args.Count > 0)
        {
            await context.Error.WriteLineAsync($"usage: openapi {Arguments}");
            return 1;
        }

        var json = await swagger.GetSwagger("v1").SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_0, cancellationToken);
        if (output is null)
        {
            await context.Output.WriteLineAsync(json);
        }
        else
        {
            await File.WriteAllTextAsync(output, json + "\n", cancellationToken);
            await context.Output.WriteLineAsync($"Wrote the OpenAPI document to {Path.GetFullPath(output)}.");
        }

        return 0;
    }
}
