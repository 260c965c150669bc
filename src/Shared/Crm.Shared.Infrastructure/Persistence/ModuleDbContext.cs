using Crm.Shared.Infrastructure.Http.Idempotency;
using Crm.Shared.Infrastructure.Messaging;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Shared.Infrastructure.Persistence;

/// <summary>
/// Base of every module's context: its own schema, plus the module's outbox, inbox and idempotency records,
/// which commit in the same transactions as the module's own data.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, string schema) : DbContext(options)
{
    public string Schema { get; } = schema;

    /// <summary>The database this context runs on, for the few things each does its own way (search indexes).</summary>
    public DatabaseProvider Provider => ProviderNames.FromEfProvider(Database.ProviderName);

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    internal DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();

    /// <summary>
    /// Queues <paramref name="integrationEvent"/> in the outbox, to commit with the next save: for changes that are not
    /// made through an aggregate's domain events (the Identity module's users, for example).
    /// </summary>
    public void AddIntegrationEvent(IIntegrationEvent integrationEvent) => OutboxMessages.Add(new OutboxMessage
    {
        Id = integrationEvent.EventId,
        Type = MessageSerializer.TypeName(integrationEvent.GetType()),
        Payload = MessageSerializer.Serialize(integrationEvent),
        OccurredAtUtc = integrationEvent.OccurredAtUtc,
    });

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotentRequestConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => t.Namespace?.StartsWith(GetType().Namespace!, StringComparison.Ordinal) == true);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // SQLite cannot order or compare DateTimeOffset text; stored as a binary number it can.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
