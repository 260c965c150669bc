console.log("precompressed fixture");
