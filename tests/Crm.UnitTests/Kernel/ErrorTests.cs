using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class ErrorTests
{
    private static IEnumerable<TestCaseData> Factories()
    {
        yield return new TestCaseData(new Func<string, string, Error>(Error.NotFound), ErrorKind.NotFound).SetArgDisplayNames(nameof(Error.NotFound));
        yield return new TestCaseData(new Func<string, string, Error>(Error.Conflict), ErrorKind.Conflict).SetArgDisplayNames(nameof(Error.Conflict));
        yield return new TestCaseData(new Func<string, string, Error>(Error.Validation), ErrorKind.Validation).SetArgDisplayNames(nameof(Error.Validation));
        yield return new TestCaseData(new Func<string, string, Error>(Error.RuleBroken), ErrorKind.RuleBroken).SetArgDisplayNames(nameof(Error.RuleBroken));
        yield return new TestCaseData(new Func<string, string, Error>(Error.PreconditionFailed), ErrorKind.PreconditionFailed)
            .SetArgDisplayNames(nameof(Error.PreconditionFailed));
        yield return new TestCaseData(new Func<string, string, Error>(Error.PreconditionRequired), ErrorKind.PreconditionRequired)
            .SetArgDisplayNames(nameof(Error.PreconditionRequired));
        yield return new TestCaseData(new Func<string, string, Error>(Error.Unavailable), ErrorKind.Unavailable).SetArgDisplayNames(nameof(Error.Unavailable));
    }

    [TestCaseSource(nameof(Factories))]
    public void Factory_WhenCalled_MapsToItsKindAndKeepsCodeAndMessage(Func<string, string, Error> factory, ErrorKind expectedKind)
    {
        var error = factory("some.code", "Some message.");

        Assert.Multiple(() =>
        {
            Assert.That(error.Kind, Is.EqualTo(expectedKind));
            Assert.That(error.Code, Is.EqualTo("some.code"));
            Assert.That(error.Message, Is.EqualTo("Some message."));
        });
    }

    [Test]
    public void Equality_WhenSameCodeMessageAndKind_IsEqual()
    {
        Assert.That(Error.Conflict("a", "b"), Is.EqualTo(new Error("a", "b", ErrorKind.Conflict)));
    }
}
