using Crm.Modules.Identity.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Identity.Persistence.Configurations;

internal sealed class AccessVersionConfiguration : IEntityTypeConfiguration<AccessVersion>
{
    public void Configure(EntityTypeBuilder<AccessVersion> builder)
    {
        builder.ToTable("access_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // The row exists from the start, so concurrent changes update (and lock) it rather than race to create it.
        builder.HasData(new AccessVersion { Version = Guid.Empty });
    }
}
