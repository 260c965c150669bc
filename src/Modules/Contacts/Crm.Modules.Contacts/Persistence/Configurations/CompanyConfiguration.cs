using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Contacts.Persistence.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("companies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasConversion(id => id.Value, value => new CompanyId(value)).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(CompanyDetails.NameMaxLength);
        builder.Property(c => c.Industry).HasMaxLength(CompanyDetails.IndustryMaxLength);
        builder.Property(c => c.Size).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Siren).HasConversion(s => s!.Value, v => Siren.FromStored(v)).HasMaxLength(9);
        builder.Property(c => c.Siret).HasConversion(s => s!.Value, v => Siret.FromStored(v)).HasMaxLength(14);
        builder.Property(c => c.VatNumber).HasConversion(s => s!.Value, v => VatNumber.FromStored(v)).HasMaxLength(14);
        builder.Property(c => c.Phone).HasConversion(p => p!.Value, v => PhoneNumber.FromStored(v)).HasMaxLength(16);
        builder.Property(c => c.Website).HasMaxLength(CompanyDetails.WebsiteMaxLength);
        builder.Property(c => c.ParentCompanyId).HasConversion(id => id!.Value.Value, value => new CompanyId(value));
        builder.Ignore(c => c.Domains);
        builder.Ignore(c => c.Tags);
        builder.PrimitiveCollection<List<string>>(CompanyFields.Domains).HasColumnName("domains");
        builder.PrimitiveCollection<List<string>>(CompanyFields.Tags).HasColumnName("tags");
        builder.ComplexProperty(c => c.Address, AddressColumns.Configure);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.OwnerId);
        builder.HasIndex(c => c.ParentCompanyId);
        builder.HasIndex(c => c.Siren);
        // Lists sorted by name page by keyset on (name, id).
        builder.HasIndex(c => new { c.Name, c.Id });
        builder.Property(c => c.MergedIntoId).HasConversion(id => id!.Value.Value, value => new CompanyId(value));
        // Only the few merged companies are indexed, as for contacts.
        builder.HasIndex(c => c.MergedIntoId).HasFilter("merged_into_id IS NOT NULL");
        builder.Property(c => c.ImportId).HasConversion(new ValueConverter<ImportId, Guid>(id => id.Value, value => new ImportId(value)));
        builder.HasIndex(c => c.ImportId).HasFilter("import_id IS NOT NULL");

        // A company merged into another is kept for the merge's undo, and seen by nobody.
        builder.HasQueryFilter(c => c.MergedIntoId == null);
        builder.Ignore(c => c.DomainEvents);
    }
}
