using Crm.Modules.Contacts.Domain.DuplicateScans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class CandidateGroupConfiguration : IEntityTypeConfiguration<CandidateGroup>
{
    public void Configure(EntityTypeBuilder<CandidateGroup> builder)
    {
        builder.ToTable("duplicate_candidate_groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.ScanId).HasConversion(id => id.Value, value => new DuplicateScanId(value));
        builder.Property(g => g.Reasons).HasConversion<int>();
        builder.PrimitiveCollection(g => g.ContactIds).HasColumnName("contact_ids");
        builder.HasOne<DuplicateScan>().WithMany().HasForeignKey(g => g.ScanId).OnDelete(DeleteBehavior.Cascade);

        // A page of a scan's groups is read in rank order (best score first) and stops when full.
        builder.HasIndex(g => new { g.ScanId, g.Rank }).IsUnique();
    }
}
