using Crm.Modules.Identity.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Identity.Persistence.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>, IEntityTypeConfiguration<RecordVisibilityRule>
{
    /// <summary>Also used for nullable team ids (EF passes nulls through without converting).</summary>
    public static readonly ValueConverter<TeamId, Guid> TeamIdConverter = new(id => id.Value, value => new TeamId(value));

    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasConversion(id => id.Value, value => new TeamId(value)).ValueGeneratedNever();
        builder.Property(t => t.ParentId).HasConversion(TeamIdConverter);
        builder.Property(t => t.Name).HasMaxLength(Team.NameMaxLength);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Team>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to users: with the one from users to teams it would close a loop that resets and erasures trip on.
        builder.HasIndex(t => t.ManagerId);
    }

    public void Configure(EntityTypeBuilder<RecordVisibilityRule> builder)
    {
        builder.ToTable("record_visibility_rules");
        builder.HasKey(r => r.RecordType);
        builder.Property(r => r.RecordType).HasMaxLength(32);
        builder.Property(r => r.Scope).HasMaxLength(16);
    }
}
