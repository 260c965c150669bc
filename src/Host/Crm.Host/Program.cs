using Crm.Host;
using Crm.Shared.Infrastructure.Behaviors;
using Crm.Shared.Infrastructure.Commands;
using Crm.Shared.Infrastructure.Http;
using Crm.Shared.Infrastructure.Mail;
using Crm.Shared.Infrastructure.Messaging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.OpenApi;

var builder = WebApplication.CreateBuilder(args);
var modules = ModuleCatalogue.Modules;
// `admin create --email …` and other host commands run once, after the start-up migrations, instead of the server.
var runsCommand = HostCommands.Requested(args);
if (runsCommand)
{
    HostCommandLine.Prepare(builder, args);
}

if (builder.Configuration.GetValue<bool>("Logging:Json"))
{
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(o =>
    {
        o.UseUtcTimestamp = true;
        o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
    });
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddCrmHttp();
builder.Services.AddCrmForwardedHeaders(builder.Configuration);
builder.Services.AddCrmMail(builder.Configuration);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(Crm.Modules.Identity.IdentityModule), typeof(Crm.Modules.Contacts.ContactsModule), typeof(Crm.Modules.Reporting.ReportingModule), typeof(Crm.Modules.SalesPipeline.SalesPipelineModule), typeof(Crm.Modules.Activities.ActivitiesModule)];
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
});
foreach (var module in modules)
{
    module.AddServices(builder.Services, builder.Configuration);
}

builder.Services.AddCrmMessaging(builder.Configuration, modules);
var startupMigrations = new StartupMigrations();
builder.Services.AddHealthChecks().AddCheck("migrations", startupMigrations, tags: ["ready"]);
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddScoped<IHostCommand, WriteOpenApiDocumentCommand>();
builder.Services.AddCrmWebApp();
builder.Services.AddSwaggerGen(o =>
{
    o.SwaggerDoc("v1", new OpenApiInfo { Title = "Crm API", Version = "v1" });
    o.CustomSchemaIds(OpenApiSchemaIds.For);
    // `string` is required and never null, `string?` may be null: the web app's generated client relies on it.
    o.SupportNonNullableReferenceTypes();
    o.NonNullableReferenceTypesAsRequired();
});

var app = builder.Build();
// Mapped before a host command runs, so that `openapi` describes them; the middleware below still applies to them.
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.Write }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponseWriter.Write }).AllowAnonymous();
foreach (var module in modules)
{
    module.MapEndpoints(app);
}


if (runsCommand)
{
    // Hands the mapped endpoints to the API explorer, which `openapi` reads; nothing is served.
    app.UseRouting();
    app.UseEndpoints(_ => { });
    var exitCode = await HostCommandLine.RunAsync(app, args, startupMigrations, modules);
    await app.DisposeAsync(); // flushes the console logger
    return exitCode;
}

if (!await startupMigrations.RunAsync(modules, app.Services, app.Logger, app.Lifetime.ApplicationStopping))
{
    await app.DisposeAsync(); // flushes the console logger, so the reason is printed
    return 1;
}

app.UseCrmForwardedHeaders();
app.UseCrmProblemDetails();
var webApp = WebAppHosting.FilesOf(app);
app.UseCrmWebApp(webApp);
app.UseSwagger();
app.UseSwaggerUI(o => o.SwaggerEndpoint("/swagger/v1/swagger.json", "Crm API v1"));
app.UseCrmApi();

app.MapCrmWebApp(webApp);

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to <c>WebApplicationFactory</c> in the integration tests.</summary>
public partial class Program;
