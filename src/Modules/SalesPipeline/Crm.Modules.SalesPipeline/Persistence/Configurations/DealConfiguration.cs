using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.LostReasons;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("deals");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasConversion(id => id.Value, value => new DealId(value)).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(Deal.NameMaxLength);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Ignore(d => d.Amount);
        builder.Property(d => d.PipelineId).HasConversion(id => id.Value, value => new PipelineId(value));
        builder.Property(d => d.StageId).HasConversion(id => id.Value, value => new StageId(value));
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(d => d.ForecastCategory).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Source).HasMaxLength(Deal.SourceMaxLength);
        builder.Property(d => d.NextStep).HasMaxLength(Deal.NextStepMaxLength);
        builder.Property(d => d.LostNote).HasMaxLength(Deal.LostNoteMaxLength);
        builder.Property(d => d.LostReasonId).HasConversion(new ValueConverter<LostReasonId, Guid>(id => id.Value, value => new LostReasonId(value)));
        builder.HasOne<Pipeline>().WithMany().HasForeignKey(d => d.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Stage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LostReason>().WithMany().HasForeignKey(d => d.LostReasonId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(d => d.Contacts, contacts =>
        {
            contacts.ToTable("deal_contacts");
            contacts.WithOwner().HasForeignKey(c => c.DealId);
            contacts.Property(c => c.DealId).HasConversion(id => id.Value, value => new DealId(value));
            contacts.HasKey(c => new { c.DealId, c.ContactId });

            // Set by us: a contact added to a tracked deal is a new row, not an update of one.
            contacts.Property(c => c.ContactId).ValueGeneratedNever();
            contacts.Property(c => c.Role).HasConversion<string>().HasMaxLength(16);
            contacts.HasIndex(c => c.ContactId);
        });
        builder.HasMany(d => d.Visits).WithOne().HasForeignKey(v => v.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.DomainEvents);

        // A board column reads one stage's deals a page at a time, newest first.
        builder.HasIndex(d => new { d.StageId, d.Id });
        // The board's sums per stage and currency, for a whole pipeline or one owner's deals, can read these indexes
        // alone instead of every row of the pipeline (a table scan at 200,000 deals).
        builder.HasIndex(d => new { d.PipelineId, d.StageId, d.Currency, d.AmountCents, d.Probability });
        builder.HasIndex(d => new { d.OwnerId, d.PipelineId, d.StageId, d.Currency, d.AmountCents, d.Probability });
        builder.HasIndex(d => d.CompanyId);

        // The forecast sums open deals by expected close date and won deals by the time won, a range at a time.
        builder.HasIndex(d => new { d.Status, d.ExpectedCloseDate });
        builder.HasIndex(d => new { d.Status, d.ClosedAtUtc });
    }
}

internal sealed class StageVisitConfiguration : IEntityTypeConfiguration<StageVisit>
{
    public void Configure(EntityTypeBuilder<StageVisit> builder)
    {
        builder.ToTable("stage_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.DealId).HasConversion(id => id.Value, value => new DealId(value));
        builder.Property(v => v.StageId).HasConversion(id => id.Value, value => new StageId(value));
        builder.Property(v => v.StageName).HasMaxLength(Stage.NameMaxLength);
        builder.HasIndex(v => new { v.DealId, v.EnteredAtUtc });
    }
}
