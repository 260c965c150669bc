using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Crm.IntegrationTests.Identity;
using Crm.IntegrationTests.Infrastructure;
using Crm.Modules.Contacts.Contracts;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Accounts;
using Crm.Shared.Infrastructure.Persistence;
using Crm.Shared.Kernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.IntegrationTests.Contacts;

/// <summary>What other modules read and change of contacts through <see cref="IContactsDirectory"/>, as they call it inside a request.</summary>
internal sealed class ContactsDirectoryTests(DatabaseProvider provider) : IntegrationTest(provider)
{
    private const string RepEmail = "rep@example.com";

    [Test]
    public async Task FindContacts_AsARepSeeingOwnContacts_LeavesOutOthersAndUnknownIds_AndNamesThePrimaryCompany()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        var rep = await Users.Create(App, RepEmail, "SalesRep");
        var danone = await CreateCompanyAsync(new { name = "Danone", ownerId = rep });
        var repsContact = await CreateContactAsync(new
        {
            firstName = "Ada",
            lastName = "Lovelace",
            emails = new[] { new { address = "ada@example.com" } },
            companies = new[] { new { companyId = danone.Id } },
            ownerId = rep,
        });
        var adminsContact = await CreateContactAsync(new { lastName = "Hopper" });

        IReadOnlyList<ContactCard> seenByRep;
        await using (var scope = RequestScope(await SessionOfAsync(RepEmail)))
        {
            seenByRep = await DirectoryIn(scope).FindContactsAsync([repsContact.Id, adminsContact.Id, Guid.NewGuid()], CancellationToken.None);
        }

        await using var adminScope = RequestScope(await SessionOfAsync(CrmApp.Administrator.Email));
        var seenByAdmin = await DirectoryIn(adminScope).FindContactsAsync([repsContact.Id, adminsContact.Id], CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(seenByRep, Is.EqualTo(new[] { new ContactCard(repsContact.Id, "Ada Lovelace", "ada@example.com", danone.Id, "Danone", "Lead") }));
            Assert.That(seenByAdmin, Is.EqualTo(new[]
            {
                new ContactCard(repsContact.Id, "Ada Lovelace", "ada@example.com", danone.Id, "Danone", "Lead"),
                new ContactCard(adminsContact.Id, "Hopper", null, null, null, "Lead"),
            }));
        });
    }

    [Test]
    public async Task FindCompanies_AsARepSeeingOwnCompanies_LeavesOutTheOthers()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/companies", new { scope = "own" })).ReadOk<object>();
        var rep = await Users.Create(App, RepEmail, "SalesRep");
        var repsCompany = await CreateCompanyAsync(new { name = "Ma Boutique", ownerId = rep });
        var adminsCompany = await CreateCompanyAsync(new { name = "Danone" });

        await using var scope = RequestScope(await SessionOfAsync(RepEmail));
        var seen = await DirectoryIn(scope).FindCompaniesAsync([repsCompany.Id, adminsCompany.Id, Guid.NewGuid()], CancellationToken.None);

        Assert.That(seen.Select(c => (c.Id, c.Name)), Is.EqualTo(new[] { (repsCompany.Id, "Ma Boutique") }));
    }

    [Test]
    public async Task ConvertLead_WithAPrimaryCompany_KeepsIt_AndMakesTheContactAnOpportunity()
    {
        var danone = await CreateCompanyAsync(new { name = "Danone" });
        var contact = await CreateContactAsync(new { firstName = "Ada", lastName = "Lovelace", companies = new[] { new { companyId = danone.Id } } });

        var conversion = await ConvertAsAdministratorAsync(contact.Id, "Another name");

        var companies = await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies");
        Assert.Multiple(async () =>
        {
            Assert.That(conversion.Value, Is.EqualTo(new LeadConversion(contact.Id, "Ada Lovelace", danone.Id, "Danone", CompanyCreated: false)));
            Assert.That((await ReadContactAsync(contact.Id)).LifecycleStage, Is.EqualTo("Opportunity"));
            Assert.That(companies!.Items.Select(c => c.Id), Is.EqualTo(new[] { danone.Id }));
            Assert.That(await ChangedFieldsAsync(contact.Id), Is.EqualTo(new[] { "lifecycleStage" }));
        });
    }

    [Test]
    public async Task ConvertLead_WithoutACompany_CreatesTheNamedOneOwnedByTheCaller_AsThePrimaryCompany()
    {
        var rep = await Users.Create(App, RepEmail, "SalesRep");
        var contact = await CreateContactAsync(new { firstName = "Ada", lastName = "Lovelace", ownerId = rep });

        Result<LeadConversion> conversion;
        await using (var scope = RequestScope(await SessionOfAsync(RepEmail)))
        {
            conversion = await DirectoryIn(scope).ConvertLeadAsync(contact.Id, "  Analytical Engines  ", CancellationToken.None);
        }

        Assert.That(conversion.IsSuccess, Is.True, () => conversion.Error!.Code);
        var companyId = conversion.Value.CompanyId!.Value;
        var company = await Client.GetFromJsonAsync<CompanyDto>($"/api/v1/companies/{companyId}");
        var linked = await Client.GetFromJsonAsync<LinkedContactDto>($"/api/v1/contacts/{contact.Id}");
        Assert.Multiple(async () =>
        {
            Assert.That(conversion.Value, Is.EqualTo(new LeadConversion(contact.Id, "Ada Lovelace", companyId, "Analytical Engines", CompanyCreated: true)));
            Assert.That((company!.Name, company.OwnerId), Is.EqualTo(("Analytical Engines", rep)));
            Assert.That(linked!.Companies, Is.EqualTo(new[] { new CompanyLinkDto(companyId, "Analytical Engines", null, true) }));
            Assert.That((await ReadContactAsync(contact.Id)).LifecycleStage, Is.EqualTo("Opportunity"));
            Assert.That(await ChangedFieldsAsync(contact.Id), Is.EqualTo(new[] { "companies", "lifecycleStage" }));
            Assert.That((await OutboxEventsAsync<CompanyCreatedIntegrationEvent>()).Select(e => (e.CompanyId, e.OwnerId)), Is.EqualTo(new[] { (companyId, rep) }));
        });
    }

    [TestCase("Customer", null)]
    [TestCase("Evangelist", "Analytical Engines")]
    public async Task ConvertLead_OfACustomerOrEvangelist_LeavesTheStage(string stage, string? newCompanyName)
    {
        var contact = await CreateContactAsync(new { lastName = "Lovelace", lifecycleStage = stage });

        var conversion = await ConvertAsAdministratorAsync(contact.Id, newCompanyName);

        Assert.Multiple(async () =>
        {
            Assert.That(conversion.Value.ContactId, Is.EqualTo(contact.Id));
            Assert.That((await ReadContactAsync(contact.Id)).LifecycleStage, Is.EqualTo(stage));
            Assert.That(conversion.Value.CompanyCreated, Is.EqualTo(newCompanyName is not null));
        });
    }

    [Test]
    public async Task ConvertLead_WithABlankCompanyName_CreatesNoCompany()
    {
        var contact = await CreateContactAsync(new { lastName = "Lovelace" });

        var conversion = await ConvertAsAdministratorAsync(contact.Id, "   ");

        var companies = await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies");
        Assert.Multiple(async () =>
        {
            Assert.That(conversion.Value, Is.EqualTo(new LeadConversion(contact.Id, "Lovelace", null, null, CompanyCreated: false)));
            Assert.That((await ReadContactAsync(contact.Id)).LifecycleStage, Is.EqualTo("Opportunity"));
            Assert.That(companies!.Items, Is.Empty);
        });
    }

    [Test]
    public async Task ConvertLead_OfAnUnknownContactOrOneTheCallerCannotSee_IsNotFound_AndChangesNothing()
    {
        await (await Client.PutAsJsonAsync("/api/v1/visibility-rules/contacts", new { scope = "own" })).ReadOk<object>();
        await Users.Create(App, RepEmail, "SalesRep");
        var adminsContact = await CreateContactAsync(new { lastName = "Hopper" });

        var unknownId = Guid.NewGuid();
        var unknown = await ConvertAsAdministratorAsync(unknownId, "Acme");
        Result<LeadConversion> hidden;
        await using (var scope = RequestScope(await SessionOfAsync(RepEmail)))
        {
            hidden = await DirectoryIn(scope).ConvertLeadAsync(adminsContact.Id, "Acme", CancellationToken.None);
        }

        var companies = await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies");
        Assert.Multiple(async () =>
        {
            Assert.That(unknown.Error, Is.EqualTo(Error.NotFound("contact.not_found", $"No contact has the id {unknownId}.")));
            Assert.That(hidden.Error, Is.EqualTo(Error.NotFound("contact.not_found", $"No contact has the id {adminsContact.Id}.")));
            Assert.That((await ReadContactAsync(adminsContact.Id)).LifecycleStage, Is.EqualTo("Lead"));
            Assert.That(companies!.Items, Is.Empty);
        });
    }

    [Test]
    public async Task ConvertLead_WhenCompaniesRequireACustomField_FailsAsCreateCompanyDoes_AndSavesNothing()
    {
        (await Client.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "Company", key = "code_client", label = "Code client", type = "Text", isRequired = true }))
            .EnsureSuccessStatusCode();
        var contact = await CreateContactAsync(new { lastName = "Lovelace" });
        var byHand = await Client.PostAsJsonAsync("/api/v1/companies", new { name = "Acme" });

        var conversion = await ConvertAsAdministratorAsync(contact.Id, "Acme");

        await byHand.AssertProblem(HttpStatusCode.BadRequest, "custom_field.required");
        var companies = await Client.GetFromJsonAsync<CompanyPage>("/api/v1/companies");
        Assert.Multiple(async () =>
        {
            Assert.That((conversion.Error?.Code, conversion.Error?.Kind), Is.EqualTo(("custom_field.required", ErrorKind.Validation)));
            Assert.That((await ReadContactAsync(contact.Id)).LifecycleStage, Is.EqualTo("Lead"));
            Assert.That(companies!.Items, Is.Empty);
            Assert.That(await ChangedFieldsAsync(contact.Id), Is.Empty);
        });
    }

    private static IContactsDirectory DirectoryIn(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IContactsDirectory>();

    /// <summary>The claims a session of the user signed in as <paramref name="email"/> carries.</summary>
    private async Task<ClaimsPrincipal> SessionOfAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByEmailAsync(email);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync(user!);
    }

    /// <summary>
    /// A scope standing for a request of <paramref name="user"/>. Not async: the request's context is held in an async
    /// local, which an async method would set for itself only, not for its caller.
    /// </summary>
    private AsyncServiceScope RequestScope(ClaimsPrincipal user)
    {
        var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = user,
            RequestServices = scope.ServiceProvider,
        };
        return scope;
    }

    private async Task<Result<LeadConversion>> ConvertAsAdministratorAsync(Guid contactId, string? newCompanyName)
    {
        await using var scope = RequestScope(await SessionOfAsync(CrmApp.Administrator.Email));
        return await DirectoryIn(scope).ConvertLeadAsync(contactId, newCompanyName, CancellationToken.None);
    }

    private async Task<ContactDto> CreateContactAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/contacts", body)).ReadOk<ContactDto>(HttpStatusCode.Created);

    private async Task<CompanyDto> CreateCompanyAsync(object body) =>
        await (await Client.PostAsJsonAsync("/api/v1/companies", body)).ReadOk<CompanyDto>(HttpStatusCode.Created);

    private async Task<ContactDto> ReadContactAsync(Guid id) => (await Client.GetFromJsonAsync<ContactDto>($"/api/v1/contacts/{id}"))!;

    /// <summary>The fields of the contact's updates, as its ContactUpdated events in the outbox name them.</summary>
    private async Task<List<string>> ChangedFieldsAsync(Guid contactId) =>
        [.. (await OutboxEventsAsync<ContactUpdatedIntegrationEvent>()).Where(e => e.ContactId == contactId).SelectMany(e => e.ChangedFields)];

    private async Task<List<T>> OutboxEventsAsync<T>()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Type.Contains(typeof(T).Name)).OrderBy(m => m.Id).Select(m => m.Payload).ToListAsync();
        return [.. payloads.Select(p => JsonSerializer.Deserialize<T>(p, JsonSerializerOptions.Web)!)];
    }
}
