using Crm.Modules.SalesPipeline.Domain.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SalesPipeline.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasConversion(id => id.Value, value => new ProductId(value)).ValueGeneratedNever();
        builder.Property(p => p.Sku).HasMaxLength(Product.SkuMaxLength);
        builder.HasIndex(p => p.Sku).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(Product.NameMaxLength);
        builder.HasIndex(p => new { p.Name, p.Id });
        builder.Property(p => p.SearchText).HasMaxLength(Product.SkuMaxLength + Product.NameMaxLength + 1);
        builder.Property(p => p.Description).HasMaxLength(Product.DescriptionMaxLength);
        builder.Property(p => p.VatRate).HasPrecision(5, 2);
        builder.Property(p => p.Billing).HasConversion<string>().HasMaxLength(8);
        builder.Ignore(p => p.Prices);
        builder.ComplexCollection<List<ProductPrice>, ProductPrice>("_prices", prices =>
        {
            prices.ToJson("prices");
            prices.Ignore(p => p.UnitPrice);
        });
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.DomainEvents);
    }
}
