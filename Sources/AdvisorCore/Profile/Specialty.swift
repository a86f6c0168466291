/// The specialties the advisor knows, with the contract's ids.
package enum Specialty: String, Sendable, Hashable, CaseIterable, Codable {
  case dermatology
  case plasticSurgery = "plastic-surgery"
  case orthopedicSurgery = "orthopedic-surgery"
  case otolaryngology
  case neurosurgery
  case radiology
  case anesthesiology
  case emergencyMedicine = "emergency-medicine"
  case internalMedicine = "internal-medicine"
  case generalSurgery = "general-surgery"
  case neurology
  case familyMedicine = "family-medicine"
  case pediatrics
  case psychiatry
  case pathology
  case transitionalYear = "transitional-year"
  case preliminaryMedicine = "preliminary-medicine"
  case preliminarySurgery = "preliminary-surgery"
  case obstetricsGynecology = "obstetrics-gynecology"

  /// The name to show a user.
  package var displayName: String {
    switch self {
    case .dermatology: "Dermatology"
    case .plasticSurgery: "Plastic Surgery"
    case .orthopedicSurgery: "Orthopedic Surgery"
    case .otolaryngology: "Otolaryngology (ENT)"
    case .neurosurgery: "Neurosurgery"
    case .radiology: "Radiology"
    case .anesthesiology: "Anesthesiology"
    case .emergencyMedicine: "Emergency Medicine"
    case .internalMedicine: "Internal Medicine"
    case .generalSurgery: "General Surgery"
    case .neurology: "Neurology"
    case .familyMedicine: "Family Medicine"
    case .pediatrics: "Pediatrics"
    case .psychiatry: "Psychiatry"
    case .pathology: "Pathology"
    case .transitionalYear: "Transitional Year"
    case .preliminaryMedicine: "Preliminary Medicine"
    case .preliminarySurgery: "Preliminary Surgery"
    case .obstetricsGynecology: "Obstetrics and Gynecology"
    }
  }
}
