using Crm.IntegrationTests.Identity;
using Crm.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Crm.IntegrationTests.Infrastructure;

/// <summary>The real host on one provider and one database, with the outbox relay on or off.</summary>
internal sealed class CrmApp(
    DatabaseProvider provider,
    string? connectionString,
    string sqliteDirectory,
    bool relayEnabled = true,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public DatabaseProvider Provider { get; } = provider;

    public string? ConnectionString { get; } = connectionString;

    public string SqliteDirectory { get; } = sqliteDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Crm", ConnectionString ?? string.Empty);
        builder.UseSetting("Database:SqliteDirectory", SqliteDirectory);
        builder.UseSetting("Messaging:Outbox:Enabled", relayEnabled ? "true" : "false");
        builder.UseSetting("Messaging:Outbox:PollInterval", "00:00:01");

        // Tests fire reminders themselves (ReminderDispatcher.DispatchDueAsync), with their own clock.
        builder.UseSetting("Activities:Reminders:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Crm.Shared.Infrastructure.Messaging", "Critical");
        builder.UseSetting("CRM_ADMIN_EMAIL", Administrator.Email);
        builder.UseSetting("CRM_ADMIN_PASSWORD", Administrator.Password);
        builder.UseSetting("Identity:SignInAttemptsPerMinutePerAddress", "100000");

        // Tests that need the hourly sales schedule run it themselves, with their own clock.
        builder.UseSetting("Sales:ScheduleEnabled", "false");
        builder.UseSetting("Web:Root", Path.Combine(AppContext.BaseDirectory, "WebRoot"));
        if (settings is not null)
        {
            // Not UseSetting: it passes each setting as a command-line argument, which splits a key holding '=' (an LDAP DN).
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))));
        }
    }

    public static class Administrator
    {
        public const string Email = "admin@crm.test";
        public const string Password = "correct horse battery staple";
    }

    /// <summary>A client signed in as the administrator, echoing the XSRF token like the web app.</summary>
    public async Task<HttpClient> CreateAdministratorClientAsync()
    {
        var client = CreateClient();
        var response = await Session.SignIn(client, Administrator.Email, Administrator.Password);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>Another app on the same database, as after a restart.</summary>
    public CrmApp Restart(bool relayEnabled) => new(Provider, ConnectionString, SqliteDirectory, relayEnabled, settings);
}
