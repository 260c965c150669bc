using Crm.Modules.SalesPipeline.Domain.Numbering;
using Crm.Modules.SalesPipeline.Domain.Orders;
using Crm.Modules.SalesPipeline.Domain.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("quotes");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).HasConversion(id => id.Value, value => new QuoteId(value)).ValueGeneratedNever();
        builder.Property(q => q.Number).HasMaxLength(32);
        builder.HasIndex(q => new { q.Number, q.Revision }).IsUnique();
        builder.HasIndex(q => q.DealId);
        builder.Property(q => q.Currency).HasMaxLength(3);
        builder.Property(q => q.Language).HasMaxLength(2);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(q => q.Notes).HasMaxLength(Quote.NotesMaxLength);
        builder.Ignore(q => q.DisplayNumber);
        builder.Ignore(q => q.Totals);
        builder.Ignore(q => q.Lines);
        builder.ComplexCollection<List<QuoteLine>, QuoteLine>("_lines", QuoteLines.Configure);
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.Ignore(q => q.DomainEvents);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasConversion(id => id.Value, value => new OrderId(value)).ValueGeneratedNever();
        builder.Property(o => o.Number).HasMaxLength(32);
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Property(o => o.QuoteId).HasConversion(id => id.Value, value => new QuoteId(value));
        builder.HasIndex(o => o.QuoteId).IsUnique();
        builder.HasIndex(o => o.DealId);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Ignore(o => o.Totals);
        builder.Ignore(o => o.Lines);
        builder.ComplexCollection<List<QuoteLine>, QuoteLine>("_lines", QuoteLines.Configure);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.DomainEvents);
    }
}

internal sealed class NumberCounterConfiguration : IEntityTypeConfiguration<NumberCounter>
{
    public void Configure(EntityTypeBuilder<NumberCounter> builder)
    {
        builder.ToTable("number_counters");
        builder.HasKey(c => new { c.Prefix, c.Year });
        builder.Property(c => c.Prefix).HasMaxLength(QuoteNumber.PrefixMaxLength);
    }
}

internal static class QuoteLines
{
    public static void Configure(ComplexCollectionBuilder<QuoteLine> lines)
    {
        lines.ToJson("lines");
        lines.Ignore(l => l.Net);
        lines.Ignore(l => l.Vat);
    }
}
