using Crm.Shared.Kernel;

namespace Crm.UnitTests.Kernel;

internal sealed class ResultTests
{
    private static readonly Error SomeError = Error.NotFound("thing.not_found", "No such thing.");

    [Test]
    public void Success_WhenCreated_IsSuccessWithoutError()
    {
        var result = Result.Success();

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Error, Is.Null);
        });
    }

    [Test]
    public void Failure_WhenCreated_CarriesTheError()
    {
        var result = Result.Failure(SomeError);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error, Is.SameAs(SomeError));
        });
    }

    [Test]
    public void ImplicitConversion_WhenFromError_IsFailure()
    {
        Result result = SomeError;

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error, Is.SameAs(SomeError));
        });
    }

    [Test]
    public void GenericSuccess_WhenCreated_ExposesTheValue()
    {
        var result = Result<int>.Success(42);

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Error, Is.Null);
            Assert.That(result.Value, Is.EqualTo(42));
        });
    }

    [Test]
    public void GenericImplicitConversion_WhenFromValue_IsSuccessWithThatValue()
    {
        Result<string> result = "hello";

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.True);
            Assert.That(result.Value, Is.EqualTo("hello"));
        });
    }

    [Test]
    public void GenericImplicitConversion_WhenFromError_IsFailureWithThatError()
    {
        Result<string> result = SomeError;

        Assert.Multiple(() =>
        {
            Assert.That(result.IsSuccess, Is.False);
            Assert.That(result.Error, Is.SameAs(SomeError));
        });
    }

    [Test]
    public void Value_WhenResultFailed_ThrowsNamingTheErrorCode()
    {
        var result = Result<int>.Failure(SomeError);

        var thrown = Assert.Throws<InvalidOperationException>(() => _ = result.Value);
        Assert.That(thrown.Message, Does.Contain("thing.not_found"));
    }
}
