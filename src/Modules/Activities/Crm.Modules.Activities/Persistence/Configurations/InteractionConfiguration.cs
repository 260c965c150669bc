using Crm.Modules.Activities.Domain.Interactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Activities.Persistence.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.ToTable("interactions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasConversion(id => id.Value, value => new InteractionId(value)).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(i => i.Direction).HasConversion<string>().HasMaxLength(8);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Title).HasMaxLength(InteractionDetails.TitleMaxLength);
        builder.Property(i => i.Location).HasMaxLength(InteractionDetails.LocationMaxLength);
        builder.Property(i => i.Notes).HasMaxLength(InteractionDetails.NotesMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.DomainEvents);

        builder.OwnsMany(i => i.Contacts, contacts =>
        {
            contacts.ToTable("interaction_contacts");
            contacts.WithOwner().HasForeignKey(c => c.InteractionId);
            contacts.Property(c => c.InteractionId).HasConversion(id => id.Value, value => new InteractionId(value));
            contacts.HasKey(c => new { c.InteractionId, c.ContactId });

            // Set by us: a contact added to a tracked interaction is a new row, not an update of one.
            contacts.Property(c => c.ContactId).ValueGeneratedNever();
            contacts.HasIndex(c => c.ContactId);
        });

        // "My calls" and "this company's / deal's interactions", newest first.
        builder.HasIndex(i => new { i.LoggedBy, i.Id });
        builder.HasIndex(i => new { i.CompanyId, i.Id });
        builder.HasIndex(i => new { i.DealId, i.Id });
    }
}
