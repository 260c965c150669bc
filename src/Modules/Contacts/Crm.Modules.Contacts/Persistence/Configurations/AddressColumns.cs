using Crm.Modules.Contacts.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Contacts.Persistence.Configurations;

/// <summary>A postal address as five columns of its record's table, the same for contacts and companies.</summary>
internal static class AddressColumns
{
    public static void Configure(ComplexPropertyBuilder<PostalAddress> address)
    {
        address.Property(a => a.Street).HasColumnName("address_street").HasMaxLength(PostalAddress.LineMaxLength);
        address.Property(a => a.PostalCode).HasColumnName("address_postal_code").HasMaxLength(PostalAddress.PartMaxLength);
        address.Property(a => a.City).HasColumnName("address_city").HasMaxLength(PostalAddress.PartMaxLength);
        address.Property(a => a.Region).HasColumnName("address_region").HasMaxLength(PostalAddress.PartMaxLength);
        address.Property(a => a.CountryCode).HasColumnName("address_country_code").HasMaxLength(2);
    }
}
