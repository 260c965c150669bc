using Crm.Modules.SalesPipeline.Domain.Settings;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class SellerProfileConfiguration : IEntityTypeConfiguration<SellerProfile>
{
    public void Configure(EntityTypeBuilder<SellerProfile> builder)
    {
        builder.ToTable("seller_profile");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(SellerProfile.NameMaxLength);
        builder.Property(s => s.Address).HasMaxLength(SellerProfile.AddressMaxLength);
        builder.Property(s => s.Siren).HasConversion(s => s!.Value, v => Siren.FromStored(v)).HasMaxLength(Siren.Length);
        builder.Property(s => s.Siret).HasConversion(s => s!.Value, v => Siret.FromStored(v)).HasMaxLength(Siret.Length);
        builder.Property(s => s.VatNumber).HasConversion(s => s!.Value, v => VatNumber.FromStored(v)).HasMaxLength(14);
        builder.Property(s => s.LegalNotice).HasMaxLength(SellerProfile.LegalNoticeMaxLength);
        builder.Ignore(s => s.IsSetUp);
        builder.Ignore(s => s.AddressLines);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.DomainEvents);
    }
}
