using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Crm.Host;

/// <summary>
/// Serves the React app that <c>src/Web</c> builds (copied by the build into <c>wwwroot</c> beside the host's binaries,
/// or taken from <c>Web:Root</c>): hashed assets cached for a year, <c>index.html</c> for every other non-API path, never
/// cached and sent with a strict content security policy.
/// </summary>
internal static class WebAppHosting
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The app's files travel compressed (Brotli, else gzip): its scripts shrink to about a third. API answers are left
    /// alone: compressing secrets next to attacker-chosen text over HTTPS is what BREACH exploits.
    /// </summary>
    public static void AddCrmWebApp(this IServiceCollection services) =>
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml"];
        });

    public static IFileProvider FilesOf(WebApplication app)
    {
        var root = app.Configuration["Web:Root"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(root, "index.html")))
        {
            return new PhysicalFileProvider(root);
        }

        app.Logger.LogWarning(
            "The web app is not built ({Root} has no index.html): only the API is served. `dotnet build` builds it with npm.", root);
        return new NullFileProvider();
    }

    public static void UseCrmWebApp(this WebApplication app, IFileProvider files)
    {
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), branch => branch.UseResponseCompression());
        app.Use((context, next) =>
        {
            ChoosePrecompressedAsset(context, files);
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new PrecompressedContentTypes(),
            OnPrepareResponse = context =>
            {
                if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    SetPageHeaders(context.Context.Response.Headers);
                    return;
                }

                var headers = context.Context.Response.Headers;
                if (PrecompressedEncodings.FirstOrDefault(e => context.File.Name.EndsWith(e.Extension, StringComparison.Ordinal)) is { Name: { } encoding })
                {
                    headers.ContentEncoding = encoding;
                }

                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
    }

    /// <summary>
    /// The app's own routes (<c>/</c>, <c>/contacts/…</c>, <c>/invitation</c>) answer its page; API, health, Swagger
    /// and asset paths stay 404s (a chunk gone after an upgrade must fail as such, not arrive as a page). The root has its
    /// own pattern: a catch-all with a constraint does not match an empty path.
    /// </summary>
    public static void MapCrmWebApp(this WebApplication app, IFileProvider files)
    {
        var page = new StaticFileOptions { FileProvider = files, OnPrepareResponse = context => SetPageHeaders(context.Context.Response.Headers) };
        app.MapFallbackToFile("/", "index.html", page).AllowAnonymous();
        app.MapFallbackToFile("{*path:regex(^(?!api/|health/|swagger|assets/).*$)}", "index.html", page).AllowAnonymous();
    }

    /// <summary>The build writes each script and stylesheet Brotli- and gzip-compressed at the highest levels beside it.</summary>
    private static readonly (string Name, string Extension)[] PrecompressedEncodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Serves <c>/assets/x.js</c> from <c>x.js.br</c> (or <c>.gz</c>) when the browser accepts it.</summary>
    private static void ChoosePrecompressedAsset(HttpContext context, IFileProvider files)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.StartsWithSegments("/assets", StringComparison.Ordinal))
        {
            return;
        }

        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        var accepted = request.GetTypedHeaders().AcceptEncoding.Where(e => e.Quality is not 0).Select(e => e.Value.Value).ToList();
        foreach (var (name, extension) in PrecompressedEncodings)
        {
            if (accepted.Contains(name, StringComparer.OrdinalIgnoreCase) && files.GetFileInfo(request.Path + extension).Exists)
            {
                request.Path += extension;
                return;
            }
        }
    }

    /// <summary>The type of <c>x.js.br</c> is that of <c>x.js</c>; its encoding is set when it is sent.</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider types = new();

        public bool TryGetContentType(string subpath, out string contentType) =>
            types.TryGetContentType(
                PrecompressedEncodings.Any(e => subpath.EndsWith(e.Extension, StringComparison.Ordinal)) ? Path.ChangeExtension(subpath, null) : subpath,
                out contentType!);
    }

    private static void SetPageHeaders(IHeaderDictionary headers)
    {
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
