using Crm.Modules.Contacts.Domain.BulkActions;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.DuplicateScans;
using Crm.Modules.Contacts.Domain.Exports;
using Crm.Modules.Contacts.Domain.Imports;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Modules.Contacts.Domain.Segments;
using Crm.Modules.Contacts.Domain.Views;
using Crm.Modules.Contacts.Features.Imports;
using Crm.Modules.Contacts.Features.Timeline;
using Crm.Modules.Contacts.Persistence.Search;
using Crm.Shared.Infrastructure.CustomFields;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel.CustomFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Modules.Contacts.Persistence;

internal sealed class ContactsDbContext(DbContextOptions<ContactsDbContext> options) : ModuleDbContext(options, ContactsModule.Schema)
{
    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<TimelineEntry> TimelineEntries => Set<TimelineEntry>();

    public DbSet<ContactImport> Imports => Set<ContactImport>();

    public DbSet<ImportError> ImportErrors => Set<ImportError>();

    public DbSet<ImportFileChunk> ImportFileChunks => Set<ImportFileChunk>();

    public DbSet<RememberedMapping> RememberedMappings => Set<RememberedMapping>();

    public DbSet<ContactMerge> Merges => Set<ContactMerge>();

    public DbSet<CompanyMerge> CompanyMerges => Set<CompanyMerge>();

    public DbSet<ListExport> Exports => Set<ListExport>();

    public DbSet<CustomFieldDefinition> CustomFields => Set<CustomFieldDefinition>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<SegmentMember> SegmentMembers => Set<SegmentMember>();

    public DbSet<SavedView> SavedViews => Set<SavedView>();

    public DbSet<BulkAction> BulkActions => Set<BulkAction>();

    public DbSet<DuplicateScan> DuplicateScans => Set<DuplicateScan>();

    public DbSet<CandidateGroup> CandidateGroups => Set<CandidateGroup>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WriteSearchColumns();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WriteSearchColumns();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // Counting the first rows of a list (RowEstimates) needs no order: the rows are counted, not shown.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SearchColumns.Configure(modelBuilder, Provider);
        modelBuilder.ApplyConfiguration(new CustomFieldDefinitionConfiguration());
        modelBuilder.Entity<Contact>().Ignore(c => c.CustomFields);
        modelBuilder.Entity<Company>().Ignore(c => c.CustomFields);
        CustomFieldColumns.Configure(modelBuilder.Entity<Contact>(), Provider);
        CustomFieldColumns.Configure(modelBuilder.Entity<Company>(), Provider);
        CustomFieldColumns.ConfigureFunctions(modelBuilder, Provider);
        StoredText.Configure(modelBuilder, Provider);
    }

    private void WriteSearchColumns()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<Contact>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            entry.Property<string>(SearchColumns.Text).CurrentValue = SearchText.ForContact(entry.Entity);
            entry.Property<string>(SearchColumns.Name).CurrentValue = SearchText.NameForContact(entry.Entity);
            entry.Property<string?>(MatchColumns.Email).CurrentValue = MatchColumns.EmailOf(entry.Entity);
            entry.Property<string?>(MatchColumns.Phone).CurrentValue = MatchColumns.PhoneOf(entry.Entity);
        }

        foreach (var entry in ChangeTracker.Entries<Company>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            entry.Property<string>(SearchColumns.Text).CurrentValue = SearchText.ForCompany(entry.Entity);
            entry.Property<string>(SearchColumns.Name).CurrentValue = SearchText.NameForCompany(entry.Entity);
        }
    }
}
