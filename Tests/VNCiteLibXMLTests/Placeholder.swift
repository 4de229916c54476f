import Testing
@testable import VNCiteLibXML
