namespace Crm.Modules.Contacts.Domain.Companies;

/// <summary>Head count bands, close to the French categories (TPE, PE, ME, ETI, GE).</summary>
internal enum CompanySize
{
    /// <summary>1 to 9 people.</summary>
    Micro,

    /// <summary>10 to 49 people.</summary>
    Small,

    /// <summary>50 to 249 people.</summary>
    Medium,

    /// <summary>250 to 4,999 people.</summary>
    Large,

    /// <summary>5,000 people and more.</summary>
    Enterprise,
}
