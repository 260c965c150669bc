namespace Crm.Benchmarks;

/// <summary>
/// The SQL the host sends for the contacts search and list on PostgreSQL (as EF Core's command log shows it, see
/// SearchCandidates.cs and SearchRecords.cs), with the same values: @pattern is <c>%text%</c>, @prefix <c>text%</c>,
/// @p the row limit. The host writes the patterns into the SQL as constants (SearchPatterns.cs); bound here as
/// parameters of a statement that is not prepared, they get the same plan.
/// </summary>
internal static class SearchSql
{
    private const string CandidateColumns = "c.id, c.first_name, c.last_name, c.job_title, c.email_key, c.phone_key, c.search_name, c.search_text";

    private const string ContactColumns =
        "c.id, c.created_at_utc, c.first_name, c.job_title, c.last_name, c.lifecycle_stage, c.owner_id, c.search_name, c.search_text, "
        + "c.source, c.updated_at_utc, c.version, c.tags, c.address_city, c.address_country_code, c.address_postal_code, c.address_region, "
        + "c.address_street, c.emails AS c, c.phones AS c0";

    private const string OuterColumns =
        "c1.id, c1.created_at_utc, c1.first_name, c1.job_title, c1.last_name, c1.lifecycle_stage, c1.owner_id, c1.search_name, "
        + "c1.search_text, c1.source, c1.updated_at_utc, c1.version, c1.tags, c1.address_city, c1.address_country_code, "
        + "c1.address_postal_code, c1.address_region, c1.address_street, c1.c, c1.c0, c0.id, c0.company_id, c0.contact_id, c0.is_primary, c0.role";

    /// <summary>The search box's first way: names ("lastname firstname") beginning with the text, in name order, as many as it answers.</summary>
    public const string SearchContactsNamed =
        "SELECT " + CandidateColumns + " FROM contacts.contacts AS c "
        + "WHERE c.merged_into_id IS NULL AND c.search_name LIKE @prefix ESCAPE '\\' ORDER BY c.search_name LIMIT @p";

    /// <summary>The search box's second way, while the first found too little: texts holding the text; 200 rows, no order.</summary>
    public const string SearchContactsHolding =
        "SELECT " + CandidateColumns + " FROM contacts.contacts AS c "
        + "WHERE c.merged_into_id IS NULL AND c.search_text LIKE @pattern ESCAPE '\\' LIMIT @p";

    /// <summary>
    /// The search box's typo way (never for phone numbers) begins here: the names' words nearest to the query's, which it
    /// then finds as names beginning with them (like <see cref="SearchContactsNamed"/>, several prefixes OR-ed).
    /// </summary>
    public const string NearestNameWords = "SELECT word FROM contacts.name_words ORDER BY word <-> @text LIMIT 8";

    /// <summary>The search box's second way on companies.</summary>
    public const string SearchCompaniesHolding =
        "SELECT c.id, c.created_at_utc, c.industry, c.name, c.owner_id, c.parent_company_id, c.phone, c.search_name, c.search_text, c.siren, "
        + "c.siret, c.size, c.updated_at_utc, c.vat_number, c.version, c.website, c.domains, c.tags, c.address_city, c.address_country_code, "
        + "c.address_postal_code, c.address_region, c.address_street FROM contacts.companies AS c "
        + "WHERE c.search_text LIKE @pattern ESCAPE '\\' LIMIT @p";

    /// <summary>The contacts list filtered by ?q=: a substring only, in id order, one page and one row more.</summary>
    public const string ListContacts =
        "SELECT " + OuterColumns + " FROM (SELECT " + ContactColumns + " FROM contacts.contacts AS c "
        + "WHERE c.search_text LIKE @pattern ESCAPE '\\' ORDER BY c.id LIMIT @p) AS c1 "
        + "LEFT JOIN contacts.contact_companies AS c0 ON c1.id = c0.contact_id ORDER BY c1.id";

    /// <summary>Of the (at most 200) candidates the second way reads, how many hold the text itself (all, by construction).</summary>
    public const string CountCandidates =
        "SELECT count(*) FILTER (WHERE search_text LIKE @pattern ESCAPE '\\'), count(*) FROM (SELECT c.search_text FROM contacts.contacts AS c "
        + "WHERE c.search_text LIKE @pattern ESCAPE '\\' LIMIT @p) AS c1";

    /// <summary>How many contacts hold the text, and how many only pg_trgm's word similarity finds.</summary>
    public const string CountMatches =
        "SELECT count(*) FILTER (WHERE search_text LIKE @pattern ESCAPE '\\'), "
        + "count(*) FILTER (WHERE @text <% search_text AND NOT search_text LIKE @pattern ESCAPE '\\') FROM contacts.contacts";
}
