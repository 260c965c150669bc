using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Benchmarks;

/// <summary>
/// The yardstick for <c>GET /api/v1/contacts/{id}</c>: a bare minimal-API app, run as this program with
/// <see cref="Argument"/> in its own process, reading <c>contacts.contacts</c> of the database named by
/// <c>ConnectionStrings__Crm</c> through a tiny EF Core context: <c>GET /contacts/{id}</c> answers the row's columns the
/// real API returns for a contact, as JSON, read with <c>AsNoTracking</c>; no authentication, no visibility, no mediator,
/// no linked companies (a table of their own, which the real endpoint joins). <c>/health/ready</c> answers 200 once it listens.
/// </summary>
internal static class BareContactsServer
{
    public const string Argument = "--bare-server";

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder();
        var connectionString = builder.Configuration.GetConnectionString("Crm")
            ?? throw new InvalidOperationException("ConnectionStrings__Crm is not set.");
        builder.Services.AddDbContext<BareContactsDbContext>(o => o.UseNpgsql(connectionString));
        await using var app = builder.Build();
        app.MapGet("/health/ready", () => TypedResults.Ok());
        app.MapGet("/contacts/{id:guid}", GetAsync);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
    }

    private static async Task<Results<Ok<BareContact>, NotFound>> GetAsync(Guid id, BareContactsDbContext db, CancellationToken cancellationToken) =>
        await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is { } contact
            ? TypedResults.Ok(contact)
            : TypedResults.NotFound();
}

/// <summary>The bare app's context: <c>contacts.contacts</c> alone.</summary>
internal sealed class BareContactsDbContext(DbContextOptions<BareContactsDbContext> options) : DbContext(options)
{
    public DbSet<BareContact> Contacts => Set<BareContact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var contact = modelBuilder.Entity<BareContact>();
        contact.ToTable("contacts", "contacts");
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Id).HasColumnName("id");
        contact.Property(c => c.FirstName).HasColumnName("first_name");
        contact.Property(c => c.LastName).HasColumnName("last_name");
        contact.Property(c => c.JobTitle).HasColumnName("job_title");
        contact.ComplexCollection(c => c.Emails, e => e.ToJson("emails"));
        contact.ComplexCollection(c => c.Phones, p => p.ToJson("phones"));
        contact.ComplexProperty(c => c.Address, a =>
        {
            a.Property(x => x.Street).HasColumnName("address_street");
            a.Property(x => x.PostalCode).HasColumnName("address_postal_code");
            a.Property(x => x.City).HasColumnName("address_city");
            a.Property(x => x.Region).HasColumnName("address_region");
            a.Property(x => x.CountryCode).HasColumnName("address_country_code");
        });
        contact.Property(c => c.LifecycleStage).HasColumnName("lifecycle_stage");
        contact.Property(c => c.Source).HasColumnName("source");
        contact.Property(c => c.Tags).HasColumnName("tags");
        contact.Property(c => c.OwnerId).HasColumnName("owner_id");
        contact.Property(c => c.CreatedAtUtc).HasColumnName("created_at_utc");
        contact.Property(c => c.UpdatedAtUtc).HasColumnName("updated_at_utc");
        contact.Property(c => c.Version).HasColumnName("version");
        contact.Property(c => c.ExternalId).HasColumnName("external_id");
        contact.Property(c => c.ImportId).HasColumnName("import_id");
        contact.Property(c => c.CustomFields).HasColumnName("custom_fields").HasColumnType("jsonb");
    }
}

/// <summary>A contact as the bare app reads and writes it, in the order of the real API's answer.</summary>
internal sealed class BareContact
{
    public Guid Id { get; set; }

    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public string? JobTitle { get; set; }

    public List<BareEmail> Emails { get; set; } = [];

    public List<BarePhone> Phones { get; set; } = [];

    public BareAddress Address { get; set; } = new();

    public string LifecycleStage { get; set; } = string.Empty;

    public string? Source { get; set; }

    public List<string> Tags { get; set; } = [];

    public Guid OwnerId { get; set; }

    public DateTimeOffset CreatedAtUtc { get; set; }

    public DateTimeOffset? UpdatedAtUtc { get; set; }

    public int Version { get; set; }

    public string? ExternalId { get; set; }

    public Guid? ImportId { get; set; }

    public JsonElement CustomFields { get; set; }
}

/// <summary>One element of the <c>emails</c> JSON column.</summary>
internal sealed class BareEmail
{
    public string Address { get; set; } = string.Empty;

    public string? Label { get; set; }

    public bool IsPrimary { get; set; }
}

/// <summary>One element of the <c>phones</c> JSON column.</summary>
internal sealed class BarePhone
{
    public string Number { get; set; } = string.Empty;

    public string? Label { get; set; }

    public bool IsPrimary { get; set; }
}

/// <summary>The <c>address_*</c> columns.</summary>
internal sealed class BareAddress
{
    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? CountryCode { get; set; }
}
