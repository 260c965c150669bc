using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Imports;

/// <summary>How the rows of a file become contacts: which column goes where, and what a row matching a stored contact does.</summary>
internal sealed record ImportSettings
{
    private ImportSettings(IReadOnlyList<ColumnMapping> columns, DuplicatePolicy policy, MatchKey matchKey, string? matchCustomField)
    {
        Columns = columns;
        Policy = policy;
        MatchKey = matchKey;
        MatchCustomField = matchCustomField;
    }

    public IReadOnlyList<ColumnMapping> Columns { get; }

    public DuplicatePolicy Policy { get; }

    public MatchKey MatchKey { get; }

    /// <summary>With <see cref="MatchKey.CustomField"/>: the key of the custom field rows are matched by, mapped by a column.</summary>
    public string? MatchCustomField { get; }

    public static Result<ImportSettings> Create(
        IReadOnlyList<ColumnMapping> columns, int columnCount, DuplicatePolicy policy, MatchKey matchKey, string? matchCustomField = null)
    {
        if (columns.FirstOrDefault(c => c.Column < 0 || c.Column >= columnCount) is { } outside)
        {
            return Error.Validation("import.column_unknown", $"The file has {columnCount} columns: column {outside.Column + 1} does not exist.");
        }

        if (columns.FirstOrDefault(c => !Enum.IsDefined(c.Field)) is { } unknown)
        {
            return Error.Validation("import.field_unknown", $"'{unknown.Field}' is not a contact field.");
        }

        if (columns.GroupBy(c => c.Column).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return Error.Validation("import.column_mapped_twice", $"Column {twice.Key + 1} is mapped to more than one field.");
        }

        if (columns.FirstOrDefault(c => (c.Field == ImportField.CustomField) != (c.CustomField is not null)) is { } custom)
        {
            return Error.Validation("import.custom_field_unnamed", $"Column {custom.Column + 1}: give customField (its key) with the field CustomField, and only then.");
        }

        if (columns.GroupBy(c => (c.Field, c.CustomField)).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            return Error.Validation("import.field_mapped_twice", $"Only one column can go into {shared.Key.CustomField ?? shared.Key.Field.ToString()}.");
        }

        var fields = columns.Select(c => c.Field).ToHashSet();
        if (!fields.Overlaps([ImportField.FirstName, ImportField.LastName, ImportField.FullName]))
        {
            return Error.Validation("import.name_unmapped", "Map a column to the first name, the last name or the full name: a contact needs a name.");
        }

        if (!Enum.IsDefined(policy) || !Enum.IsDefined(matchKey))
        {
            return Error.Validation("import.policy_unknown", "Choose a duplicate policy (Skip, Update, CreateAnyway) and a match key (Email, Phone, ExternalId, CustomField).");
        }

        if (matchKey == MatchKey.CustomField)
        {
            if (policy == DuplicatePolicy.CreateAnyway)
            {
                return Error.Validation("import.match_field_create_anyway", "Rows matched by a unique custom field cannot all be created anyway: skip or update the contacts they match.");
            }

            return columns.Any(c => c.Field == ImportField.CustomField && c.CustomField == matchCustomField)
                ? new ImportSettings([.. columns.OrderBy(c => c.Column)], policy, matchKey, matchCustomField)
                : Error.Validation("import.match_key_unmapped", "Rows are matched by a custom field: name it in matchCustomField and map a column to it.");
        }

        var keyField = matchKey switch
        {
            MatchKey.Email => ImportField.Email,
            MatchKey.Phone => ImportField.Phone,
            _ => ImportField.ExternalId,
        };
        if (policy != DuplicatePolicy.CreateAnyway && !fields.Contains(keyField))
        {
            return Error.Validation("import.match_key_unmapped", $"Rows are matched by {matchKey}: map a column to {keyField}, or create every row anyway.");
        }

        return new ImportSettings([.. columns.OrderBy(c => c.Column)], policy, matchKey, null);
    }
}
